import type { BranchConfig } from '../core/config/types.js';
import type { NameFix, ProtectedFix, PushRefusal, StageFix } from '../core/push/choose-refusal-fix.js';
import { invalidReason, protectedBranchLine } from './branch-text.js';
import { PUSH_BYPASS } from './bypass-text.js';
import { type Fix, shellQuote as q, renderReport } from './render.js';

/** Names the words need: the remote pushed to, and the one the config names. */
export interface RefusalWords {
  branches: BranchConfig;
  remote: string;
  configRemote: string;
}

/** A refused ref line, worded from the fix chooseRefusalFix picked. */
export function blockedRefText(refusal: PushRefusal, words: RefusalWords): string {
  switch (refusal.why) {
    case 'protected':
      return renderReport({
        title: `push blocked: ${refusal.deleting ? 'deleting' : 'pushing to'} ${refusal.target} directly is not allowed`,
        details: [
          protectedBranchLine(
            refusal.target,
            refusal.branch?.kind === 'stage' ? refusal.branch.stage : undefined,
            words.branches,
          ),
        ],
        fixes: refusal.fixes.flatMap((fix) => protectedFixText(fix, refusal.target, words)),
        footnote: PUSH_BYPASS,
      });
    case 'stage-not-from-main':
      return stageText(refusal.target, refusal.unknown, refusal.fix, words);
    case 'invalid-name':
      return renderReport({
        title: `push blocked: the branch name "${refusal.target}" does not follow the strategy`,
        details: [
          `Why: ${invalidReason(refusal.branch, words.branches)}`,
          ...(refusal.fix.kind === 'rename-to-main'
            ? [
                `${refusal.fix.local} is this repository's only branch and ${words.remote} has no ${words.branches.main} yet: the first branch published is ${words.branches.main}, the one stages are cut from.`,
              ]
            : []),
        ],
        fixes: [nameFixText(refusal.fix, words)],
        footnote: PUSH_BYPASS,
      });
  }
}

function protectedFixText(fix: ProtectedFix, target: string, { branches, remote }: RefusalWords): Fix[] {
  const tracking = `${remote}/${target}`;
  switch (fix.kind) {
    case 'list-remote-branches':
      return [
        {
          say: `${target} is never deleted. See which branches ${remote} has, and delete the one you meant:`,
          commands: [`git ls-remote --heads ${q(remote)}`],
        },
      ];
    case 'retire-stage':
      return [
        {
          say: `A stage is retired by merging its pull request into ${branches.main}; the git host then deletes the branch.${fix.prUrl ? ' Open it:' : ''}`,
          commands: fix.prUrl ? [fix.prUrl] : [],
        },
      ];
    case 'open-pr': {
      const publish = [`git push -u ${q(remote)} ${q(fix.from)}`, ...(fix.prUrl ? [fix.prUrl] : [])];
      const say = fix.viaStage
        ? `Publish ${fix.from} and open a pull request into ${fix.into ?? `the stage it belongs to (${branches.stagePrefix}<stage-name>)`}; the stage reaches ${target} by its own pull request${fix.prUrl ? ':' : '.'}`
        : `Publish ${fix.from} and open a pull request into ${fix.into}${fix.prUrl ? ':' : ' on your git host.'}`;
      return [{ say, commands: publish }];
    }
    case 'nothing-to-move':
      return [
        {
          say: `${fix.name} has no commits ${remote} lacks: there is nothing to move, and this push could only rewind or overwrite ${target} on ${remote}, dropping commits it has. Do not push it. To make your ${fix.reset?.branch ?? 'local copy'} match ${tracking} instead:`,
          commands:
            fix.reset === undefined
              ? []
              : fix.reset.how === 'reset-keep'
                ? [`git reset --keep ${q(tracking)}`]
                : [`git branch -f ${q(fix.reset.branch)} ${q(tracking)}`],
        },
        ...(fix.pushWork
          ? [
              {
                say: `If you meant to publish your work branch ${fix.pushWork}, push that:`,
                commands: [`git push -u ${q(remote)} ${q(fix.pushWork)}`],
              },
            ]
          : []),
      ];
    case 'move-commits': {
      const commits =
        fix.count === undefined ? 'your commits' : fix.count === 1 ? 'its commit' : `its ${fix.count} commits`;
      const { from, work } = fix;
      return [
        from.at === 'here'
          ? {
              say: `Move ${commits} to a work branch, set ${target} back to the remote's, and push the work branch:`,
              commands: [
                from.branch !== undefined ? `git switch -c ${q(work)}` : `git switch -c ${q(work)} ${q(from.sha)}`,
                ...(from.branch === undefined ? [] : [`git branch -f ${q(target)} ${q(tracking)}`]),
                `git push -u ${q(remote)} HEAD`,
              ],
            }
          : {
              say: `Move ${commits} to a work branch made from ${from.branch}, set ${target} back to the remote's, and push the work branch:`,
              commands: [
                `git branch ${q(work)} ${q(from.branch)}`,
                `git branch -f ${q(from.branch)} ${q(tracking)}`,
                `git push -u ${q(remote)} ${q(work)}`,
              ],
            },
        fix.prInto === 'a-stage'
          ? {
              say: `Then open a pull request from it into your stage (${branches.stagePrefix}<stage-name>); the stage reaches ${target} by its own pull request.`,
              commands: [],
            }
          : {
              say: `Then open a pull request from it into ${fix.prInto.stage}${fix.prInto.prUrl ? ':' : ' on your git host.'}`,
              commands: fix.prInto.prUrl ? [fix.prInto.prUrl] : [],
            },
      ];
    }
  }
}

/** A new stage whose commits are not all on the remote's main. */
function stageText(
  target: string,
  unknown: boolean,
  fix: StageFix,
  { branches, remote, configRemote }: RefusalWords,
): string {
  const main = branches.main;
  const remoteMain = `${remote}/${main}`;
  if (fix.kind === 'push-through-remote') {
    return renderReport({
      title: `push blocked: cannot tell whether ${target} starts from ${main}, as this push names a URL, not a remote`,
      details: [
        `A new stage must start from ${main} as the remote has it; stageflow compares with the remote-tracking branch ${configRemote}/${main}, and a URL has none.`,
      ],
      fixes: [
        { say: 'Push through the named remote instead:', commands: [`git push ${q(configRemote)} ${q(fix.refspec)}`] },
      ],
      footnote: PUSH_BYPASS,
    });
  }
  const fixes: Fix[] =
    fix.kind === 'fetch-main'
      ? [
          { say: `Fetch ${main}, then push again:`, commands: [`git fetch ${q(remote)} ${q(main)}`] },
          {
            say: `If ${remote} has no ${main} yet, publish ${main} first, then the stage:`,
            commands: [`git push -u ${q(remote)} ${q(main)}`],
          },
        ]
      : fix.kind === 'restart-stage'
        ? [
            { say: 'Keep its commits on a work branch:', commands: [`git branch ${q(fix.work)} ${q(target)}`] },
            {
              say: `Put ${target} back on ${remoteMain} and publish it:`,
              commands: [
                `git switch --no-track -C ${q(target)} ${q(remoteMain)}`,
                `git push -u ${q(remote)} ${q(target)}`,
              ],
            },
            { say: `Then push the work branch and open a pull request from it into ${target}.`, commands: [] },
          ]
        : [
            {
              say: `Create ${target} from ${remoteMain} (npx stageflow start-stage does the same):`,
              commands: [`git push ${q(remote)} ${q(`${remoteMain}:refs/heads/${target}`)}`],
            },
            ...(fix.source
              ? [
                  {
                    say: `Then publish ${fix.source} and open a pull request from it into ${target}:`,
                    commands: [`git push -u ${q(remote)} ${q(fix.source)}`, ...(fix.prUrl ? [fix.prUrl] : [])],
                  },
                ]
              : []),
          ];
  return renderReport({
    title: `push blocked: ${target} would not start from ${remoteMain}`,
    details: [
      unknown
        ? `A new stage must start from ${main} as the remote has it, and ${remoteMain} is not known here yet.`
        : `A new stage must start from ${main} as the remote has it, with nothing else on it; this one has commits ${remoteMain} does not have.`,
    ],
    fixes,
    footnote: PUSH_BYPASS,
  });
}

function nameFixText(fix: NameFix, { branches, remote }: RefusalWords): Fix {
  switch (fix.kind) {
    case 'rename-to-main':
      return {
        say: `Rename it to ${branches.main} and publish it:`,
        commands: [`git branch -m ${q(fix.local)} ${q(branches.main)}`, `git push -u ${q(remote)} ${q(branches.main)}`],
      };
    case 'rename-checked-out':
      return {
        say: 'Its name is not valid UTF-8, so it cannot be typed; with the branch checked out, rename it and push it under the new name:',
        commands: [`git branch -m ${q(fix.suggestion)}`, `git push -u ${q(remote)} ${q(fix.suggestion)}`],
      };
    case 'rename-and-push':
      return {
        say: 'Rename your local branch and push it under the new name:',
        commands: [
          `git branch -m ${q(fix.local)} ${q(fix.suggestion)}`,
          `git push -u ${q(remote)} ${q(fix.suggestion)}`,
        ],
      };
    case 'push-under-name':
      return {
        say: 'Push it under a valid name:',
        commands: [`git push -u ${q(remote)} ${q(`${fix.from}:refs/heads/${fix.suggestion}`)}`],
      };
  }
}
