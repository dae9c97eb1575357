/**
 * The schema of `lexicons/<lang>/replies.json`: reply parts as templates with `{slot}`
 * placeholders, each in a formal and an informal register, and a plan per level that says which
 * parts a reply is built from, in order.
 */
import * as z from 'zod';

const variants = z.array(z.string().min(1)).min(1);
/** One reply part in both registers. */
export const ReplyPartSchema = z.object({ formal: variants, informal: variants });

/** The names of the reply steps a plan may use (the `steps` reported in the result). */
export const REPLY_STEPS = ['greeting', 'acknowledge', 'thank', 'commit', 'restate', 'ask', 'private', 'procedure', 'closing'] as const;

/** Slots templates may use; the reply stage fills them or skips the variant. */
export const REPLY_SLOTS = ['name', 'agentName', 'companyName', 'wait', 'repeat', 'fact', 'feeling', 'need'] as const;

const steps = z.array(z.enum(REPLY_STEPS));
/** One plan per level. */
const PlansSchema = z.object({ none: steps, signal: steps, feedback: steps, complaint: steps, escalation: steps, dispute: steps });

/** `replies.json` */
export const RepliesFileSchema = z.object({
  note: z.string().min(1),
  /** part key (step, or step.variant such as acknowledge.wait) -> templates */
  parts: z.record(z.string().regex(/^[a-z]+(\.[a-z-]+)?$/), ReplyPartSchema),
  /** level -> the steps in order; a step is filled from the most specific part key that has a usable variant */
  plans: PlansSchema,
  /** Plans for social channels (short, public: invite to a private channel) */
  socialPlans: PlansSchema,
});

/** A validated replies file. */
export type RepliesFile = z.infer<typeof RepliesFileSchema>;
