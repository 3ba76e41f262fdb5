/**
 * Draft saving of a self-assessment: each item's facts are saved on their own (the API's unit of
 * save), shortly after the user stops typing, with the version read so a parallel edit answers
 * 409 instead of being overwritten. Items with local problems wait until they are valid.
 */
import { validateFacts, type Scheme } from "@kaoping/engine";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseApiError } from "../../api/errors";
import { selfAssessmentApi, type SaveFactsResponse } from "../../api/workflow-api";
import { cleanFacts, withFact, type FormFacts } from "./facts-model";

/** Save state of one item. */
export type ItemSaveState =
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string }
  | { kind: "invalid"; message: string };

const delayMs = 800;

/** The autosave hook. */
export function useFactsAutosave(options: {
  scheme: Scheme;
  roundId: string;
  unitId: string;
  initialFacts: FormFacts;
  initialVersions: Record<string, number>;
  onSaved: (response: SaveFactsResponse) => void;
}) {
  const [facts, setFacts] = useState(options.initialFacts);
  const [states, setStates] = useState<Record<string, ItemSaveState>>({});
  const factsRef = useRef(facts);
  const versions = useRef({ ...options.initialVersions });
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<string, Promise<void>>());
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const save = useCallback(async (code: string) => {
    timers.current.delete(code);
    const { scheme, roundId, unitId, onSaved } = optionsRef.current;
    const itemFacts = cleanFacts({ [code]: factsRef.current[code] ?? {} })[code] ?? {};
    const local = validateFacts(scheme, { [code]: itemFacts });
    if (local.problems.length > 0) {
      const message = local.problems.map((p) => p.message).join("；");
      setStates((s) => ({ ...s, [code]: { kind: "invalid", message } }));
      return;
    }
    await inFlight.current.get(code);
    setStates((s) => ({ ...s, [code]: { kind: "saving" } }));
    const run = selfAssessmentApi
      .saveFacts(roundId, unitId, code, versions.current[code] ?? 0, itemFacts)
      .then(
        (response) => {
          versions.current[code] = response.item.version;
          setStates((s) => ({ ...s, [code]: { kind: "saved", at: response.item.updatedAt } }));
          onSaved(response);
        },
        (error: unknown) =>
          setStates((s) => ({
            ...s,
            [code]: { kind: "failed", message: parseApiError(error).message },
          })),
      );
    inFlight.current.set(code, run);
    await run;
  }, []);

  const change = useCallback(
    (code: string, name: string, value: unknown) => {
      factsRef.current = withFact(factsRef.current, code, name, value);
      setFacts(factsRef.current);
      const pending = timers.current.get(code);
      if (pending !== undefined) clearTimeout(pending);
      timers.current.set(
        code,
        setTimeout(() => void save(code), delayMs),
      );
    },
    [save],
  );

  /** Saves every pending item now (before submitting or leaving). */
  const flush = useCallback(async () => {
    const codes = [...timers.current.keys()];
    for (const code of codes) clearTimeout(timers.current.get(code));
    await Promise.all([...codes.map((code) => save(code)), ...inFlight.current.values()]);
  }, [save]);

  useEffect(() => {
    const pendingTimers = timers.current;
    const warn = (event: BeforeUnloadEvent) => {
      if (pendingTimers.size > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const isSaving = Object.values(states).some((s) => s.kind === "saving");
  const failed = Object.entries(states).filter(
    ([, s]) => s.kind === "failed" || s.kind === "invalid",
  );
  return { facts, change, flush, states, isSaving, failed };
}
