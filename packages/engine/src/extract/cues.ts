// Phrase cues that classify a sentence. General English and engineering vocabulary only: the engine must
// work on transcripts it has never seen, so nothing here may name a project, a library or a file.

/** A rule or preference the user states ("don't…", "always…", "never…", "make sure…"). */
export const CONSTRAINT =
  /(?:^|[,;:(]\s*|\b(?:please|you|we|just|and|but|so|then|also)\s+)(?:don'?t|do not)\b|\b(?:never|always|must(?:n'?t| not)?|(?<!\b(?:how|what|where|which|whether|why|if) (?:we|i|you|they) )should(?:n'?t| not)?(?! have| already| now| probably| likely| work| be (?:fine|ok|okay|good|enough|working|visible|there|resolved|fixed)\b)|make sure|ensure\b|avoid|no need|not allowed|only (?:use|ever)|prefer|stop (?:doing|using|adding|asking)|keep (?:it|them|things|the)\b|without (?:any|adding|changing)|is required|are required|require[sd]?\b|no (?:more )?(?:backward|external|inline|hardcod|comments|docstrings|mocks)|instead of asking|from now on|in the future|going forward|important:|rule\b|convention|i (?:hate|dislike|don'?t (?:like|want)|prefer|insist)|i(?:'m| am) (?:worried|concerned|afraid) (?:that|about)|i(?:'m| am) (?:(?:just|very|really|so|a bit) ){0,2}(?:afraid|scared|nervous|wary) (?:to let you|of letting you|of you)\b|my (?:concern|worry) is|(?:your|our|the) (?:directives?|principles?|polic(?:y|ies)|guidelines?|process) (?:is|are|says?)|yagni|is a liability|not meant to|(?:we|i)(?:'re| are|'m| am) not (?:trying|going|aiming|planning) to|(?:is|are) not (?:supposed|intended|designed) to|only (?:for|on|when)|per (?:the )?\w+\.md)/i;

/**
 * The user reproaching the agent for doing more or other than asked ("I didn't ask you to add installation
 * steps", "Why on earth did you reformat everything when I asked you to rename one symbol?", "Did you even
 * run the tests?!" is read by remarks.ts): a rule for every later session, even when phrased as a question.
 */
export const REPROACH =
  /\b(?:i (?:did ?n'?t|did not|never) (?:ask|tell|want) (?:you )?(?:to|for)\b|i (?:only|just) (?:asked|wanted|told) (?:you )?(?:to|for)\b|(?:who|nobody|no one) (?:asked|told) you to\b|why (?:on earth|the hell|the heck|again) (?:did|do|would|are|have) you\b|why (?:did|would|do) you\b.{0,120}\b(?:when|after|although|though|if) i (?:asked|told|said|wanted)\b|you were (?:only )?(?:asked|supposed) to\b)/i;

/**
 * A choice made ("let's go with", "we'll use", "instead of", "switch to", "decided"), or two ways weighed in one
 * breath ("not through the UI, rather by calling the function"): the way picked outlives the request. "Decision"
 * counts unless one is still to be made ("I'll make a more informed decision", "we need to reach a decision");
 * "let's try X" picks a way, "let's try to get back to…" only sets out to do something.
 */
export const DECISION =
  /\b(?:(?:i|we) (?:agree|(?:would |'d )?(?:go|stick) with)|(?:i'?m|i am|we'?re|we are) (?:leaning|inclined) (?:towards?|to)\b|agreed\b|i (?:like|prefer) (?:the|your|this|that|option|approach)|let'?s (?:use|go with|switch|keep|stick|do|make|try(?! to\b)|call|name|put|store|move)|we(?:'ll| will| should)? use|(?:i|we)(?:'ve| have)? decided|(?<!\b(?:make|take|reach|need|want|have) (?:a |an |the |that |this )?(?:\w+ ){0,2})decision|going (?:to go )?with|chose|opt(?:ed)? for|switch(?:ed|ing)? (?:to|from)|instead of|rather than|\bnot\b[^.;!?]{1,80}?,?\s+(?:but\s+)?rather (?:by|via|through|using|use|with)\b|replac(?:e|ed|ing) \S+ with|migrat(?:e|ed) (?:to|from)|use \S+ (?:for|as|instead|to)|now uses|is now (?:stored|using|handled|done)|we(?:'re| are) using|approach:|architecture)/i;

/** Work still to do ("next step", "TODO", "need to", "remaining"). */
export const TASK =
  /\b(?:todo|to-do|next steps?|still (?:need|needs|have|has) to|need(?:s)? to|remaining|left to do|not yet|pending|follow[- ]up|later we|we(?:'ll| will) (?:need|have) to|should (?:add|implement|create|write|fix|update)|plan(?:ned)? to|open question|to be done|haven'?t|has not been|wasn'?t (?:applied|run|tested)|(?:lose|loose) track of|remember to)/i;

/** An imperative request opening a user sentence. */
export const REQUEST =
  /^(?:(?:ok(?:ay)?|so|now|then|also|and|great|good|perfect|thanks?|yes|please|pls)[,!.]?\s+)*(?:(?:can|could|would|will) you (?:please )?|please |let'?s |i (?:want|need|would like|'d like) (?:you )?to |we (?:need|have|want) to |go ahead and |try to |help me )?(?:add|create|implement|fix|update|make|write|remove|delete|give me|provide|offer|refactor|change|move|rename|set ?up|build|test|run|check|document|install|configure|migrate|merge|push|commit|generate|introduce|extract|split|replace|convert|support|handle|ensure|show|display|allow|enable|disable|prepare|design|review|analy[sz]e|investigate|debug|look|find|clean|simplify|wire|connect|integrate|store|save|load|import|export|start|finish|continue|proceed|plan|propose|draft|summari[sz]e|describe|explain|tell|list|verify|improve|optimi[sz]e|upgrade|bump|deploy|publish|release|keep|use|put|read|open|close|mark|link)\b/i;

/** Something that failed and should not be retried blindly. */
export const DEAD_END =
  /\b(?:did(?:n'?t| not) (?:work|help|fix|solve|resolve|change)|does(?:n'?t| not) (?:work|help|apply|fix|support|exist)|won'?t work|not work(?:ing)?|no luck|still (?:fails|failing|hangs|broken|the same|doesn'?t)|revert(?:ed|ing)?|roll(?:ed)? back|gave up|abandon(?:ed)?|dead end|not (?:possible|supported|viable)|can(?:'t|not) be used|is not (?:an option|needed)|rejected|tried .{0,60}(?:but|without)|made (?:it|things) worse|hang(?:s|ing)? forever|doesn'?t apply)/i;

/** An error or failure being reported. */
export const ERROR =
  /(?:\b(?:error|exception|traceback|failed|failing|fails|failure|crash(?:es|ed)?|panic|fatal|cannot(?! (?:you|we)\b)|can'?t(?! (?:you|we)\b)|unable to|not found|undefined|denied|refused|timed? ?out|timeout|broken|hang(?:s|ing)?|stall(?:s|ed)?|does not|doesn'?t|(?:don'?t|do not) see|isn'?t working|not working|blocked|too low|(?:rate|token|memory|quota|context) limit|limit (?:exceeded|reached))\b|\b[A-Z][a-zA-Z]+(?:Error|Exception)\b|\bE\d{3,5}\b|\b[A-Z]{2,5}\d{3,5}\b)/i;

/**
 * A failure said in plain words, with nothing named: "I can't log in on my phone", "the banner won't go away",
 * "after saving, the list disappeared". Users report what they see, not error codes; these verbs say something
 * went wrong whatever the subject ("doesn't", "cannot" alone also deny, refuse or describe, so they need a name).
 */
export const PLAIN_FAILURE =
  /\b(?:(?:i|we|it|they|users?|(?:the|my|our) \w+(?: \w+)?) (?:still )?(?:can'?t|cant|cannot|won'?t|wont|am unable to|is unable to|are unable to) (?:be )?(?:scan|see|open|load|log ?in|sign ?in|find|connect|read|recogni[sz]e|start|run|save|submit|click|access|download|upload|install|build|print|send|receive|reach|use)|(?:doesn'?t|does not|don'?t|do not|won'?t|wont|isn'?t|is not|aren'?t|are not) (?:work|load|open|show|appear|start|respond|recogni[sz]e)(?:s|ing)?\b|(?:disappear|vanish)(?:s|ed)\b|stopped working|nothing happens)/i;

/** A problem reported fixed ("fixed", "works now", "passes"). */
export const RESOLVED =
  /\b(?:fixed|resolved|solved|works? now|now works|working now|is working|passes|passing|all (?:\d+ )?tests pass|green|no longer (?:fails|failing|errors|crashes|hangs)|succeeded|successfully)\b/i;

/** Work reported finished. */
export const COMPLETED =
  /(?:✅|✔|\b(?:done|completed?|finished|implemented|added|created|updated|merged|shipped|pushed|committed|in place|is ready|now (?:has|supports|shows|uses))\b)/i;

/** Positive feedback opening a user turn: the previous step worked. */
export const USER_APPROVAL =
  /^(?:great|perfect|nice|awesome|excellent|good|cool|thanks?|thank you|works|it works|that works|looks good|lgtm|ok(?:ay)?,? (?:it|that|now) works|yes)\b/i;

/** A durable fact: ports, env vars, versions, endpoints, locations, credentials names. */
export const NOTE =
  /(?:\bport\b|\benv(?:ironment)? var|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\bversion\b|\bv?\d+\.\d+\.\d+\b|\bendpoint\b|https?:\/\/|localhost:\d+|\blives? (?:in|at|under)\b|\bis (?:located|stored) (?:in|at|under)\b|\bconfig(?:ured)? (?:in|via)\b|\bdefaults? to\b|\bpinned\b|\brequires?\b)/i;

/** A goal statement ("the goal is", "I'm building", "we want to build"). */
export const GOAL =
  /\b(?:the (?:main |overall |end |real )?(?:goal|aim|objective|purpose|idea) (?:is|here is|of (?:this|the|our|my) (?:project|app|application|tool|library|service|work|session|spike))\b|i(?:'m| am) (?:building|making|creating|writing|working on)|we(?:'re| are) (?:building|making|creating|working on)|i(?:'d| would)? (?:want|like) to (?:build|create|make|write)|(?:we|i)(?:'re| are|'m| am) going to (?:build|create|make|write)|this (?:project|app|tool|library|service) (?:is|will)|a (?:cli|tool|app|library|service|api|website) (?:that|for|to))\b/i;

// A list introduced as concepts, technologies or topics ("Key Technical Concepts:", "Tech stack:") names what the
// work was about, one label an entry ("Pre-commit hooks and fallback mechanisms"): a table of contents, not a
// finding. Context summaries open with one; what each label stands for is stated in their other sections.
export const TOPIC_LIST =
  /^\W*(?:\d+[.)]\s*)?(?:key |main |core )?(?:technical |technology |tech )?(?:concepts|technologies|topics|keywords|tech stack)\s*:?\s*$/i;

/** Headings of end-of-work summaries and the section kind their items take. */
export const SUMMARY_HEADINGS: Array<[RegExp, "TASK" | "BLOCKER" | "DONE" | "DECISION" | "NOTE" | "FILE"]> = [
  [
    /\b(?:next steps?|todo|to do|remaining|what'?s left|still to do|open (?:items|tasks|questions)|follow[- ]ups?|future work|pending|recommendations?|not (?:yet )?(?:addressed|done|fixed|implemented|covered|handled)|out(?:side)? (?:of )?(?:[\w-]+ ){0,3}scope|deferred|postponed|left open)\b/,
    "TASK",
  ],
  [
    // "Problem" alone heads a section only as its first word or in the plural: "the hard CRDT problem" is a
    // topic's description.
    /\b(?:known issues?|blockers?|problems|issues? found|limitations?|caveats?|still failing|failing tests?)\b|^\W*(?:\d+\.\s*)?problem\b/,
    "BLOCKER",
  ],
  [/\b(?:files? (?:created|changed|modified|added)|new files?|created files?|key files?|modified files?)\b/, "FILE"],
  [
    /\b(?:decisions?|design|architecture|approach|key (?:changes|points|features)|how it works|technical details?|implementation)\b/,
    "DECISION",
  ],
  [
    /\b(?:summary|completed|accomplished|what (?:was|i) (?:done|did|changed)|changes made|what changed|done|results?|status|verified|fix(?:es)? applied)\b/,
    "DONE",
  ],
  [/\b(?:notes?|configuration|setup|environment|usage|how to (?:run|use|test))\b/, "NOTE"],
];
