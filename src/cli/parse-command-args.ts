// Parses a command's arguments with citty, rejecting unknown flags and string flags without a value.
import { parseArgs, type ArgsDef, type ParsedArgs } from 'citty';
import { UsageError } from './usage-error.js';

/**
 * Parses `rawArgs` against `args` (a citty definition).
 * @throws UsageError (`E_USAGE`) for an unknown flag or a string flag without a value
 */
export function parseCommandArgs(rawArgs: string[], args: ArgsDef, command: string): ParsedArgs {
  const known = new Map<string, string>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    known.set(name, def.type ?? 'string');
    const aliases = 'alias' in def && def.alias !== undefined ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : [];
    for (const a of aliases) known.set(a, def.type ?? 'string');
  }
  known.set('help', 'boolean');
  known.set('h', 'boolean');
  for (let i = 0; i < rawArgs.length; i++) {
    const token = rawArgs[i]!;
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const [rawName, inlineValue] = token.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    let name = rawName;
    let type = known.get(name);
    if (type === undefined && name.startsWith('no-') && known.get(name.slice(3)) === 'boolean') type = 'boolean';
    if (type === undefined) {
      throw new UsageError('E_USAGE', `unknown option ${token.split('=')[0]} for \`cvpress ${command}\`.`, { hint: `Run \`cvpress ${command} --help\` to see the options.` });
    }
    if (type === 'string' && inlineValue === undefined) {
      const value = rawArgs[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) {
        throw new UsageError('E_USAGE', `option --${name} needs a value.`, { hint: `Run \`cvpress ${command} --help\` to see the options.` });
      }
      i++;
    }
    name = '';
  }
  return parseArgs(rawArgs, args);
}
