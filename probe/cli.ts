import { main } from './run.js'

/**
 * `npm run probe -- --flow <id> --i-understand-this-publishes`: what the platform does when a version
 * other than the checked-in one is published, on a scratch flow of a sandbox org; `--emulator` runs
 * it against the bundled emulator (CI does, in both publish modes). See `--help`.
 */
process.exit(await main(process.argv.slice(2)))
