// How long a session ran, as people say it.

/** "under a minute", "45 min", "2 h 5 min", "3 days 4 h". */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return "";
  if (minutes < 1) return "under a minute";
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours < 24) {
    const rest = whole % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const dayWord = days === 1 ? "day" : "days";
  return restHours ? `${days} ${dayWord} ${restHours} h` : `${days} ${dayWord}`;
}
