/**
 * Common Chinese single-character surnames (about the 300 most frequent). A few frequent surnames that are far more
 * often ordinary words (国, 平, 海, 明, 和, 区 ...) are left out: a name is only reported with context, and these
 * would mostly add false hits.
 */
export const CN_SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄索宣晋芮阙浦戈伏鹿薄邸雍辜羊裘邰赫杭亢嵇戎勾茅';

/** Two-character surnames; checked before the single ones so 欧阳娜娜 is 欧阳 + 娜娜. */
export const CN_COMPOUND_SURNAMES = (
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 呼延 ' +
  '万俟 闻人 申屠 澹台 公冶 宗政 濮阳 太叔 仲孙 单于 赫连 东郭 拓跋 左丘 梁丘 闾丘 司空 亓官 司寇 颛孙 ' +
  '公良 漆雕 巫马 鲜于 百里 第五'
).split(' ');
