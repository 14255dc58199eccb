import { excerpt } from '../../excerpt.js';
import { passed, type RuleCheck } from './rule.js';

/** `Update README.md`, `Create src/handler.js`, `Create LICENSE`: a verb and one path, no more, as GitHub writes them. */
const FILE_DEFAULT = /^(?:Create|Update) (\S*[./]\S*|[A-Z][A-Z_]+|Makefile|Dockerfile|Procfile|Jenkinsfile)$/;
const UPLOAD_DEFAULT = /^Add files via upload$/;

/** Fails the subjects GitHub's web editor fills in: they name the file, not what changed in it. */
export const subjectWebEditor: RuleCheck<true> = (message) => {
  const subject = message.description;
  if (subject.length > 300) return passed;
  const file = FILE_DEFAULT.exec(subject)?.[1];
  if (file === undefined && !UPLOAD_DEFAULT.test(subject)) return passed;
  return {
    ok: false,
    message: `"${excerpt(message.subject.trim())}" is the GitHub web editor's default subject: it names ${file ? 'the file' : 'no file'}, not what changed`,
    hint: file
      ? `say what changed in ${excerpt(file, 60)} and why, e.g. "Document the deploy command in ${excerpt(file, 60)}"`
      : 'say what the uploaded files are and what they are for, e.g. "Add the sample events for the S3 upload handler"',
  };
};
