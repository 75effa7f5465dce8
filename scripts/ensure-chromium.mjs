// Makes sure Debian's Chromium is there for Playwright (downloading a browser build is impossible here), and
// Debian's CJK fonts, which the tests of Chinese text in the canvas and its exports draw with.
// As root it installs what is missing; otherwise it stops with one line saying how to.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const missing = [
  ...(existsSync(path) ? [] : ['chromium']),
  ...(existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') ? [] : ['fonts-noto-cjk']),
]
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    console.log(`Installing Debian's ${missing.join(' and ')}…`)
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' })
  } else {
    console.error(`Missing ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` (or set CHROMIUM_PATH), then npm test again.`)
    process.exit(1)
  }
}
