import { messageOf } from '@mlops-actions/errors';

const WORDS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way of a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'the path holds a symbolic link loop',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is busy',
  EXDEV: 'the paths are on different file systems',
};

/**
 * A file-system error in words, for messages: "permission denied" rather than `EACCES: permission
 * denied, mkdir '/x'` (errno codes mean nothing to most users, and the path is named by the caller).
 */
export function fsWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && WORDS[code]) return WORDS[code];
  // An unknown code: the message without its leading "ECODE: " and trailing ", syscall 'path'".
  return messageOf(e)
    .replace(/^E[A-Z]+:\s*/, '')
    .replace(/,\s*\w+ '.*'$/, '');
}

/**
 * {@link fsWords} for an error met while creating a folder: ENOENT there means a folder above it
 * exists but refuses new folders (e.g. under /proc), not that something is missing.
 */
export function fsCreateWords(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'a folder above it does not accept new folders' : fsWords(e);
}
