// Placeholder entry so the CLI bundle builds; the real `fdl` command is being built under issue 2.
process.stdout.write('fdl: not implemented yet\n')
process.exit(2)
