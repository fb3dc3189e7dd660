import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, options: { context?: string[] } = {}): string[] {
  return scanText(text, { types: ['PERSON'], ...options }).map((f) => text.slice(f.start, f.end));
}

describe('PERSON (Chinese)', () => {
  const positive: [string, string[]][] = [
    ['收件人：张伟 13800138000', ['张伟']],
    ['下单时间：2015/11/27 17:27\n【收件人】雷芳慧\n【电话】16233422114', ['雷芳慧']],
    ['王秀英女士您好，您的快递到了', ['王秀英']],
    ['联系人李娜，电话13800138000', ['李娜']],
    ['姓名：欧阳娜娜\n性别：女', ['欧阳娜娜']],
    ['患者王芳入院治疗，主诉头痛', ['王芳']],
    ['客户张伟明天到店', ['张伟']],
    ['您好，我是赵敏，订单有问题', ['赵敏']],
    ['请向王伟先生转达', ['王伟']],
    ['刘建国,男,北京市', ['刘建国']],
    ['张三丰\t13800138000\t北京', ['张三丰']],
    ['[18:12] 江强涛: 地址发你了', ['江强涛']],
    ['2019-08-13 21:02:14 周伟\n在吗', ['周伟']],
    ['@余雪睿 收到了吗', ['余雪睿']],
    ['涉案男子郭颖雅（男，40岁）被抓获', ['郭颖雅']],
    ['受害人刘敏秀的手机号码被泄露', ['刘敏秀']],
    ['{"name":"陈晓东","age":30}', ['陈晓东']],
    ['姓名：阿卜杜拉·艾则孜', ['阿卜杜拉·艾则孜']],
    ['寄给张伟收，谢谢', ['张伟']],
    // News prose: a name that starts a sentence or line and says or shows something to the reporter.
    ['市民汪天向记者反映，其家住河南省', ['汪天']],
    ['流水超过435万元。\n夏侯秋向记者出示了一份名单', ['夏侯秋']],
    ['涉案金额53万元。梅晓向记者出示了一份名单', ['梅晓']],
    ['李明告诉记者，他的信息被泄露了。', ['李明']],
    ['收件信息:王娜英,0510-7956-0479,株洲市', ['王娜英']],
    // A name that starts like a word or a place, where the structure says it is a name: a phone number in the next
    // field, a chat line's speaker after its time stamp, a mention.
    ['单一睿,15333814963,410324200105105731', ['单一睿']],
    ['马龙超----15831322070----donna.collins@example.com', ['马龙超']],
    ['地址信息：邵秀,+91 98691 18873,萍乡市芦溪县', ['邵秀']],
    ['2019-08-13 21:53:25 东方欣\n车牌渝HCZ644 挪一下车', ['东方欣']],
    ['2023-02-24 00:54:30 万一成\n服务器已经重启', ['万一成']],
    ['尚昊荣：@安宁铭 收到了吗', ['尚昊荣', '安宁铭']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  const negative = [
    '我在北京工作，周末很高兴',
    '王国的历史很长，方便面很好吃',
    '金额,时间,方式,单价',
    '张开双臂，于是大家都笑了',
    '学生时代的客户服务很重要',
    '请查收附件，谢谢',
    '买家：包裹显示签收了但我没收到',
    '用户：查一下物流',
    '价格：USD 10774.33/万条，量大从优',
    '江苏,安徽,成都,武汉',
    '温馨提示：请勿泄露验证码',
    '向王老师请教问题',
    '业主向记者反映，小区门禁坏了',
    '司机告诉记者，车辆已经修好。',
    '高速公路向记者开放\n王国向记者展示了历史',
    '周末,13800138000',
    '2019-08-13 21:53:25 东方\n在吗',
    '@安宁 收到了吗',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('reads a cell under a name column as a name', () => {
    assert.deepEqual(found('王国强', { context: ['姓名'] }), ['王国强']);
    assert.deepEqual(found('王国强'), []);
  });

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['姓名张', '王先生', '收件人：', '，王，', '@张', '[1:1] 王']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${unit} took too long`);
    }
  });
});
