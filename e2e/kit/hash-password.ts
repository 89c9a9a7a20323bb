// `npm run hash-password -- '<password>'` (or on stdin): prints an ADMIN_PASSWORD_HASH value.
import { hashPassword } from '@/lib/crypto/password';

async function readPassword(): Promise<string> {
  const fromArgs = process.argv[2];
  if (fromArgs) return fromArgs;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

const password = await readPassword();
if (password.length < 12) {
  console.error('Use a password of at least 12 characters.');
  process.exit(1);
}
console.log(await hashPassword(password));
