import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, options: { context?: string[] } = {}): string[] {
  return scanText(text, { types: ['ADDRESS'], ...options }).map((f) => text.slice(f.start, f.end));
}

describe('ADDRESS (Chinese)', () => {
  const positive: [string, string[]][] = [
    [
      '收货地址：广东省深圳市南山区科技园路1号腾讯大厦3栋2单元1201室，电话',
      ['广东省深圳市南山区科技园路1号腾讯大厦3栋2单元1201室'],
    ],
    ['寄到北京市朝阳区建国路88号，谢谢', ['北京市朝阳区建国路88号']],
    ['住址：浙江省杭州市西湖区文三路478号', ['浙江省杭州市西湖区文三路478号']],
    ['我家在阳光花园3栋1201，有空来玩', ['阳光花园3栋1201']],
    ['籍贯：湖南省长沙市', ['湖南省长沙市']],
    ['深圳南山科技园路1号', ['深圳南山科技园路1号']],
    ['地址：广东省 深圳市 南山区 科技园路1号', ['广东省 深圳市 南山区 科技园路1号']],
    ['北京市海淀区中关村大街27号中关村大厦1001室', ['北京市海淀区中关村大街27号中关村大厦1001室']],
    ['河南省郑州市金水区花园路街道3号院2号楼1单元502', ['河南省郑州市金水区花园路街道3号院2号楼1单元502']],
    ['四川省成都市武侯区人民南路四段12号', ['四川省成都市武侯区人民南路四段12号']],
    ['上海市徐汇区漕溪北路88号3-2-1201', ['上海市徐汇区漕溪北路88号3-2-1201']],
    ['浙江省温州市乐清市柳市镇长虹村3组15号', ['浙江省温州市乐清市柳市镇长虹村3组15号']],
    ['当阳市蓝湾半岛25幢2单元203室”。', ['当阳市蓝湾半岛25幢2单元203室']],
    ['广西壮族自治区南宁市江南区那洪街道高新路2917号', ['广西壮族自治区南宁市江南区那洪街道高新路2917号']],
    ['北京市朝阳区建国路88号附近有个公园', ['北京市朝阳区建国路88号']],
    ['{"addr":"铁岭市西丰县蓝湾半岛15栋1单元2204室"}', ['铁岭市西丰县蓝湾半岛15栋1单元2204室']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  const negative = [
    '我在北京工作',
    '深圳市政府发布通知',
    '广东省深圳市南山区',
    '地址不详，请核实',
    '2024年3月5号开会',
    '第2单元的课文',
    '住在北京',
    'IP地址：192.168.1.1',
    '北京市里的人很多',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('reads a cell under an address column as an address', () => {
    assert.deepEqual(found('广东省深圳市南山区', { context: ['收货地址'] }), ['广东省深圳市南山区']);
  });

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['省', '市区路号', '路1号', '1栋', '地址：', '北京市', '花园']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${unit} took too long`);
    }
  });
});
