/** Vocabulary of Chinese postal addresses below the county level. */

/** Labels after which an address follows, even one made only of divisions ("籍贯：湖南省长沙市"). */
export const CN_ADDRESS_LABELS = (
  '地址 住址 住所 居住地 籍贯 出生地 户籍地 户籍所在地 户籍 所在地 通讯地址 通信地址 联系地址 收货地址 收件地址 送货地址 ' +
  '邮寄地址 家庭住址 家庭地址 详细地址 单位地址 公司地址 注册地址 办公地址 现住址 发货地址 寄件地址 Address address ADDRESS'
).split(' ');

/** Verbs after which an address follows; a bare city after them is not an address ("住在北京"). */
export const CN_ADDRESS_VERBS = '家住 住在 现居 居住在 寄到 寄往 寄至 送到 送至 发到 发往 邮寄到 搬到 位于 坐落于'.split(' ');

/** Endings of named parts: roads, estates, buildings, villages ("科技园路", "阳光花园", "腾讯大厦"). */
export const CN_ADDRESS_NAMED_SUFFIXES = (
  '大道 大街 街道 胡同 小区 社区 园区 新区 校区 开发区 工业区 工业园 产业园 科技园 大厦 大楼 广场 中心 花园 ' +
  '花苑 公寓 公馆 家园 嘉园 山庄 别墅 新村 新城 宿舍 号院 大院 商城 商厦 写字楼 路 街 道 巷 弄 里 村 镇 乡 ' +
  '屯 庄 苑 园 城 湾 邸 居 阁 庭 轩 坊 院 楼 座'
).split(' ');

/** Endings of numbered parts, in order of depth: 号 < 栋 < 单元 < 层 < 室. */
export const CN_ADDRESS_UNIT_SUFFIXES = '号楼 号院 号 栋 幢 座 单元 层 楼 室 房 户 弄 巷 组 期 区 门 排 段'.split(' ');

/** Units after which an address ends: a room is the last thing written. */
export const CN_ADDRESS_FINAL_UNITS = '室 房 户'.split(' ');

/** Characters that do not occur inside a road or estate name: where one appears, the address has ended. */
export const CN_ADDRESS_STOP_CHARS = '的了是我你他她它们吗呢吧啊哦嗯么很说要想请话手姓收件寄与及或在到去往从给把被让就也还又没不这些个有但而却并若已着过对旁附近等送至住搬买租卖为改';
