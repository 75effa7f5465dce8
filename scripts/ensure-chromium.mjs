// Makes sure Debian's Chromium is there for Playwright (downloading a browser build is impossible here).
// As root it installs the package; otherwise it stops with one line saying how to.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log(`Chromium not found at ${path}; installing Debian's chromium package…`)
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  } else {
    console.error(`Chromium not found at ${path}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH), then npm test again.`)
    process.exit(1)
  }
}
