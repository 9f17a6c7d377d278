import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "../demo/fixtures";
import { findPlaces, placeName } from "./places";

describe("municipalities on screen", () => {
  it("are found in either script and without diacritics, the project's countries first", () => {
    expect(findPlaces(MUNICIPALITIES, "shkoder", []).map((m) => m.name_latn)).toEqual(["Shkodër"]);
    expect(findPlaces(MUNICIPALITIES, "novi sad", []).map((m) => m.name_cyrl)).toEqual(["Нови Сад"]);
    expect(findPlaces(MUNICIPALITIES, "Гази", []).map((m) => m.name_latn)).toEqual(["Gazi Baba"]);
    const kupres = findPlaces(MUNICIPALITIES, "kupres", []);
    expect(kupres.map((m) => m.parent)).toEqual(["FBiH-10", "RS"]);
    // "Centar" is in BA and MK: the project's country comes first
    expect(findPlaces(MUNICIPALITIES, "centar", ["MK"])[0]?.country).toBe("MK");
    expect(findPlaces(MUNICIPALITIES, "  ", [])).toEqual([]);
  });

  it("are named in the interface's script", () => {
    const noviSad = MUNICIPALITIES.find((m) => m.name_latn === "Novi Sad")!;
    expect(placeName(noviSad, "sr-Cyrl")).toBe("Нови Сад");
    expect(placeName(noviSad, "sr-Latn")).toBe("Novi Sad");
    const ferizaj = MUNICIPALITIES.find((m) => m.name_sq === "Ferizaj")!;
    expect(placeName(ferizaj, "sq")).toBe("Ferizaj");
    expect(placeName(ferizaj, "sr-Cyrl")).toBe("Урошевац");
    expect(placeName(ferizaj, "en")).toBe("Uroševac");
  });
});
