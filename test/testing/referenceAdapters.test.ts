import {
  createBusinessCalendar,
  createInMemoryFxRates,
  createInMemoryRepository,
  createManualClock,
  createSequentialIdGenerator,
} from "../../src/core/index.js";
import {
  describeBusinessCalendarContract,
  describeClockContract,
  describeFxRatesContract,
  describeIdGeneratorContract,
  describeRepositoryContract,
} from "../../src/testing/index.js";

describeRepositoryContract("in-memory", () => createInMemoryRepository());
describeRepositoryContract("in-memory with 32 writers", () => createInMemoryRepository(), { writers: 32 });
describeClockContract("system clock", () => ({ now: () => new Date() }));
describeClockContract("manual clock", () => createManualClock("2026-03-01T00:00:00Z"));
describeIdGeneratorContract("sequential", () => createSequentialIdGenerator());
describeFxRatesContract("in-memory", (rates) => createInMemoryFxRates(rates));
describeBusinessCalendarContract("in-memory", (data) => createBusinessCalendar(data));
