// `npm run staff:add -- --email ada@example.com --role admin [--name "Ada L."] [--reset]`
// Adds a staff member to the store (STATUS_DATABASE_URL, else STATUS_DATA_DIR, default ./data). The password is asked for without echo,
// or read from the first line of standard input when it is not a terminal. --reset sets a new password (and role)
// for an existing member and signs them out everywhere.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { hashPassword } from '@/lib/auth/password';
import { addStaffMember, findStaffByEmail, staffInputSchema, updateStaffMember } from '@/lib/auth/staff';
import { getStore, storeLocation } from '@/lib/store';
import type { Actor } from '@/lib/store/driver';

const usage = 'Usage: npm run staff:add -- --email <address> --role admin|editor [--name <name>] [--reset]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Reads a line from the terminal in raw mode, echoing nothing. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (text: string) => {
      for (const ch of text) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          reject(new Error('Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await promptHidden('Password (at least 12 characters): ');
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) fail('The passwords differ; nothing was changed.');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string', default: '' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.email) fail(usage);
  const password = await readPassword();
  const parsed = staffInputSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role,
    password,
  });
  if (!parsed.success) {
    fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
  }
  const { password: _plain, ...input } = parsed.data;
  const passwordHash = await hashPassword(password);
  const store = getStore();
  const now = new Date();
  const actor: Actor = { kind: 'cli', id: 'staff-add', name: `cli:${userInfo().username}` };
  const { doc } = await store.load();
  const existing = findStaffByEmail(doc.staff, input.email);
  if (existing && !values.reset)
    fail(`${input.email} is already a staff member; add --reset to set a new password.`);
  const { result } = await store.update(
    (draft) =>
      existing
        ? updateStaffMember(
            draft,
            existing.id,
            { role: input.role, disabled: false, passwordHash },
            { now, actor },
          )
        : addStaffMember(draft, { ...input, passwordHash }, { now, actor }),
    {
      now,
      actor,
      audit: (m) => ({
        action: existing ? 'staff.reset' : 'staff.add',
        target: `staff:${m.id}`,
        after: { email: m.email, role: m.role },
      }),
    },
  );
  console.log(`${existing ? 'Updated' : 'Added'} ${result.role} ${result.email} in ${storeLocation()}.`);
  await store.close();
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
