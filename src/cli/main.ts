#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands.js';

/** `presence <command> [options]`: each command lives in commands/ and documents its own --help. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  // `presence user create` is a two-word command.
  const key = COMMANDS[`${name} ${rest[0] ?? ''}`] ? `${name} ${rest.shift()}` : name;
  const command = COMMANDS[key];
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${command.help}\n`);
    return 1;
  }
  return command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([k, c]) => `  presence ${k.padEnd(14)} ${c.summary}`);
  return `Presence — plan, run and measure a social media presence.\n\nUsage:\n${lines.join('\n')}\n\nRun \`presence <command> --help\` for the options of a command.\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
