// Child process for the signal test: opens a write to argv[2], writes part of it, reports the temporary file and
// waits — to be killed by the test while the temporary file exists.
import { beginWrite } from '../../src/cli/safe-write';

const pending = beginWrite(process.argv[2], { replace: true });
pending.write('half of the data');
process.stdout.write(`${pending.tempPath}\n`);
setInterval(() => { /* keep running until a signal ends the process */ }, 1000);
