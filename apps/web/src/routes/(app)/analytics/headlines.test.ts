import { describe, expect, it } from "vitest";
import { minutes, minutesTick } from "./growth-data";
import { trends } from "./growth-fixtures";
import { averageContext, blockerTrend, fidelityTrend, handoffSizeTrend, versusAverage } from "./headlines";

describe("trend wording", () => {
  it("names the fidelity trend the API computed", () => {
    expect(fidelityTrend(trends({ fidelityTrend: "IMPROVING" }))).toEqual({
      text: "fidelity rising",
      direction: "up",
      tone: "good",
    });
    expect(fidelityTrend(trends({ fidelityTrend: "DECLINING" })).text).toBe("fidelity falling");
    expect(fidelityTrend(trends({ fidelityTrend: "STABLE" })).direction).toBe("flat");
    expect(fidelityTrend(trends()).text).toBe("trend after two sessions");
  });

  it("describes the handoff's growth per session", () => {
    expect(handoffSizeTrend(trends({ handoffTokensSlope: 42.4 })).text).toBe("growing by ~42 tokens a session");
    expect(handoffSizeTrend(trends({ handoffTokensSlope: -1200 })).text).toBe("shrinking by ~1,200 tokens a session");
    expect(handoffSizeTrend(trends({ handoffTokensSlope: 0.3 })).text).toBe("size steady");
    expect(handoffSizeTrend(trends()).direction).toBeNull();
  });

  it("compares the latest value with the average", () => {
    expect(versusAverage(60, 40, ["longer", "shorter"]).text).toBe("longer than average");
    expect(versusAverage(20, 40, ["longer", "shorter"])).toMatchObject({
      text: "shorter than average",
      direction: "down",
    });
    expect(versusAverage(42, 40, ["longer", "shorter"]).text).toBe("about average");
    // Near zero, half a unit is still "about": 0 vs 0.4 minutes is no news.
    expect(versusAverage(0, 0.4, ["longer", "shorter"]).text).toBe("about average");
    expect(versusAverage(5, null, ["more", "fewer"]).text).toBe("trend after two sessions");
  });

  it("says whether blockers close faster, else how many close", () => {
    expect(blockerTrend(trends({ blockersCloseFaster: true }))).toMatchObject({
      text: "blockers close faster",
      tone: "good",
    });
    expect(blockerTrend(trends({ blockersCloseFaster: false })).tone).toBe("bad");
    expect(blockerTrend(trends({ averageBlockersClosed: 0.666 })).text).toBe("0.7 closed a session on average");
    expect(blockerTrend(trends()).text).toBe("trend after two sessions");
  });

  it("gives the window the averages cover", () => {
    expect(averageContext(0.5, (v) => `${v * 100}%`, 3)).toBe("average 50% over the last 3 sessions");
    expect(averageContext(2, String, 1)).toBe("average 2 over the last session");
    expect(averageContext(null, String, 3)).toBeNull();
  });
});

describe("durations", () => {
  it("reads as minutes and hours", () => {
    expect(minutes(0)).toBe("under 1 min");
    expect(minutes(42)).toBe("42 min");
    expect(minutes(120)).toBe("2 h");
    expect(minutes(135)).toBe("2 h 15 min");
    expect(minutesTick(90)).toBe("90m");
    expect(minutesTick(120)).toBe("2h");
  });
});
