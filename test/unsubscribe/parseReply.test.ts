import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { parseReply } from '../../src/unsubscribe/parseReply.js';

describe('parseReply — keywords', () => {
  it.each([
    ['R', 'R'],
    ['t', 'T'],
    ['TD', 'TD'],
    ['n', 'N'],
    ['退订', '退订'],
    ['拒收', '拒收'],
    ['取消订阅', '取消订阅'],
    ['STOP', 'STOP'],
    ['stopall', 'STOPALL'],
    ['Stop All', 'STOPALL'],
    ['unsubscribe', 'UNSUBSCRIBE'],
    ['Cancel', 'CANCEL'],
    ['END', 'END'],
    ['quit', 'QUIT'],
    ['revoke', 'REVOKE'],
    ['OPTOUT', 'OPTOUT'],
    ['opt out', 'OPTOUT'],
    ['opt-out', 'OPTOUT'],
  ])('reads %j as unsubscribe (keyword %s: spellings that differ only in spaces or hyphens share one keyword)', (text, keyword) => {
    expect(parseReply(text)).toEqual({ intent: 'unsubscribe', keyword });
  });

  it.each([
    ['Ｔ', 'T'],
    [' td。', 'TD'],
    ['退订！', '退订'],
    ['stop.', 'STOP'],
    ['【ＳＴＯＰ】', 'STOP'],
    ['  r  ', 'R'],
    ['回复TD', 'TD'],
    ['回R', 'R'],
  ])('tolerates case, full width and surrounding punctuation: %j', (text, keyword) => {
    expect(parseReply(text)).toEqual({ intent: 'unsubscribe', keyword });
  });

  it.each([
    ['START', 'resubscribe', 'START'],
    ['unstop!', 'resubscribe', 'UNSTOP'],
    ['HELP', 'help', 'HELP'],
    ['info', 'help', 'INFO'],
    ['帮助？', 'help', '帮助'],
  ])('reads %j as %s', (text, intent, keyword) => {
    expect(parseReply(text)).toEqual({ intent, keyword });
  });
});

describe('parseReply — refusals stated in words', () => {
  it.each([
    '不要再发了',
    '别再给我发短信',
    '请勿再发送',
    '不要再发了！！',
    '別再發了',
    '以后别再给我发这种短信了，谢谢',
    '你们别再发了好吗',
    '烦死了，别发了',
    '好的，不要再发短信给我了',
    '停止发送',
    '别再打扰我了',
    '不要骚扰我',
    '我不想再收到你们的短信',
    '请不要再给我发贷款短信了',
    '请退订',
    '我要退订',
    '已经退订了怎么还在发',
    '把我拉黑',
    'please stop',
    'Stop texting me',
    "don't text me again",
    'never message me again!',
    'remove me',
    // Found by a probe of replies: traditional script, polite one-letter replies, no punctuation, other leads.
    '退訂',
    '取消訂閱',
    'T，谢谢',
    'T 谢谢',
    '谢谢！R',
    '我不需要贷款别再发了',
    '没兴趣别发了',
    '谢谢别发了',
    '求你们别发了',
    '能不能别发了',
    '可以不要发了吗',
    '取消短信',
  ])('reads %j as unsubscribe', (text) => {
    expect(parseReply(text).intent).toBe('unsubscribe');
  });

  it('reads 取消退订 alone as a wish to resubscribe, never as an opt-out', () => {
    expect(parseReply('取消退订')).toEqual({ intent: 'resubscribe', keyword: '取消退订' });
  });

  it('returns the normalised refusal as the keyword', () => {
    expect(parseReply('  不要 再发了！ ')).toEqual({ intent: 'unsubscribe', keyword: '不要再发了' });
  });

  it.each([
    '我不要利息太高的',
    '不要发票',
    '别发愁',
    '我不退订',
    '不需要',
    '好的谢谢',
    '怎么申请',
    '你们发的利息是多少',
    '不要骗我',
    '别给我发验证码',
    '额度多少',
    'stopped by the branch today',
    'weekend',
    '',
    // Replies that deny or undo an opt-out, and words that only end in a negator.
    '我要取消退订',
    '撤销退订',
    '我没有退订',
    '未退订',
    '我没退订啊，怎么收不到了',
    '我没有拒收',
    '我没说要退订',
    '你们特别发了',
    'T恤',
    'T恤，谢谢',
  ])('stays silent on %j', (text) => {
    expect(parseReply(text).intent).toBe('other');
  });
});

describe('parseReply — offered options', () => {
  it('reads an offered option, bare or after 回复, in full or half width', () => {
    expect(parseReply('1', { offered: ['1', '2'] })).toEqual({ intent: 'option', option: '1' });
    expect(parseReply('回复2', { offered: ['1', '2'] })).toEqual({ intent: 'option', option: '2' });
    expect(parseReply('２。', { offered: ['1', '2'] })).toEqual({ intent: 'option', option: '2' });
    expect(parseReply('y', { offered: ['Y'] })).toEqual({ intent: 'option', option: 'Y' });
  });

  it('stays silent on an option the message did not offer', () => {
    expect(parseReply('3', { offered: ['1', '2'] })).toEqual({ intent: 'other' });
    expect(parseReply('1')).toEqual({ intent: 'other' });
  });

  it('lets a refusal win over an offered option', () => {
    expect(parseReply('N', { offered: ['Y', 'N'] }).intent).toBe('unsubscribe');
    expect(parseReply('1，别再发了', { offered: ['1'] }).intent).toBe('unsubscribe');
  });

  it('rejects invalid input with ComplianceConfigError naming the field', () => {
    expect(() => parseReply(42 as never)).toThrowError(ComplianceConfigError);
    expect(() => parseReply('1', { offered: [''] })).toThrowError(/^options\.offered\[0\]: /);
    expect(() => parseReply('1', { choices: ['1'] } as never)).toThrowError(/^options: /);
  });
});
