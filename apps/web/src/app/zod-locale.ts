import { config, locales } from "zod/mini";

// The shared schemas use zod/mini, which ships no locale (zod classic installs English when imported).
// Without one every built-in message reads "Invalid input"; the form's friendlyMessage() and the
// fields' error text are written against zod's English messages. main.tsx imports this first, and
// vitest loads it as a setup file, so it runs once before any schema parses.
config(locales.en());
