/** Vocabulary of US and UK street addresses. */

/** Street types, full and USPS-abbreviated. */
export const EN_STREET_SUFFIXES = (
  'Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Way Place Pl Terrace Ter Circle Cir ' +
  'Parkway Pkwy Highway Hwy Square Sq Trail Trl Crescent Cres Close Grove Gardens Gdns Row Mews Walk Alley Aly ' +
  'Plaza Plz Loop Pike Path Point Pt Expressway Expy Freeway Fwy Causeway Turnpike Tpke Hill Heights Hts Ridge ' +
  'Crossing Xing Cove Cv Junction Jct Landing Manor Meadows ' +
  'Estates Embankment Parade Quay Wharf Broadway'
).split(' ');

/** Secondary unit designators: "Apt 4B", "Suite 200", "# 12". */
export const EN_UNIT_WORDS = 'Apartment Apt Suite Ste Unit Room Rm Floor Fl Building Bldg Dept Flat Lot Space Spc'.split(' ');

/** USPS state and territory codes. */
export const US_STATE_CODES = (
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
  'OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI'
).split(' ');

/** Words before an address that make a street line one even without a ZIP. */
export const EN_ADDRESS_CONTEXT = ['address', 'addr', 'ship to', 'shipping', 'billing', 'mailing', 'located at', 'lives at', 'resides at', 'deliver to', 'residence', 'home'];
