// A settings line ("`app.toml` sets port = 8080, log_dir = "/var/log/app", debug = false, version = "1.4.2"")
// is a list of independent facts, not a sentence: any part of it stays true alone. Where the whole line is too
// long to win its room, the prompt may show its most telling settings instead: the most recent ones whose
// values name something (a version, a path, a tool, a pattern). Bare (unquoted) numbers and booleans are the settings a
// reader can least guess but also least needs before opening the file; they are what a brief line leaves out.

const SETTINGS_LINE = /^(`[^`]+` sets )(.+)$/;
/** Settings start where ", name = " begins; commas inside a value ('["a", "b"]') are followed by no name. */
const NEXT_SETTING = /, (?=[A-Za-z_][\w.-]* = )/;
const PLAIN_VALUE = /^(?:true|false|yes|no|on|off|null|none|-?\d+(?:\.\d+)?)$/i;
/** Settings a brief line keeps: enough to carry what the session changed, short enough to fit where the whole one does not. */
const BRIEF_SETTINGS = 3;

export interface BriefSettings {
  text: string;
  /** The names of the settings it keeps, lower case (the item's keys for them). */
  names: string[];
}

export function briefSettings(text: string): BriefSettings | undefined {
  const m = SETTINGS_LINE.exec(text.trim());
  if (!m) return undefined;
  const settings = (m[2] as string).split(NEXT_SETTING).map((s) => {
    const at = s.indexOf(" = ");
    return { name: s.slice(0, at), value: s.slice(at + 3) };
  });
  const telling = settings.filter((s) => !PLAIN_VALUE.test(s.value));
  const kept = telling.slice(-BRIEF_SETTINGS);
  if (kept.length === 0 || kept.length >= settings.length) return undefined;
  return {
    text: `${m[1]}${kept.map((s) => `${s.name} = ${s.value}`).join(", ")}`,
    names: kept.map((s) => s.name.toLowerCase()),
  };
}
