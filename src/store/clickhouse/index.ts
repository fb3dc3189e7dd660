export { ClickHouseStore } from './store.js';
export { parseClickHouseUrl, type ClickHouseUrl } from './url.js';
