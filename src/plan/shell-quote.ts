/**
 * The one way smnb writes a value into a command line it prints for the user to paste into a POSIX shell (bash, zsh):
 * as it is when every character is safe, else in single quotes, inside which the shell gives no character a meaning;
 * a single quote itself is closed, escaped and reopened (POSIX Shell Command Language, 2.2.3 "Single-Quotes").
 * `( ) * !` and spaces are not safe: `(` is syntax, `*` a glob, `!` history expansion in interactive bash.
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9._\-/:=@+,%]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** `--param KEY=VALUE` for each parameter, quoted as one word each. */
export function paramFlags(parameters: Readonly<Record<string, string>>): string {
  return Object.entries(parameters)
    .map(([k, v]) => ` --param ${shellQuote(`${k}=${v}`)}`)
    .join('');
}
