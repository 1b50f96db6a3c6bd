/**
 * CMS place-of-service codes the app offers, with the names CMS gives them (public domain). A code
 * outside the list is printed as its number alone rather than guessed.
 */
export const PLACE_OF_SERVICE_NAMES: Readonly<Record<string, string>> = {
  "02": "Telehealth",
  "11": "Office",
  "19": "Off-campus outpatient hospital",
  "22": "On-campus outpatient hospital",
  "24": "Ambulatory surgical center",
  "49": "Independent clinic",
};
