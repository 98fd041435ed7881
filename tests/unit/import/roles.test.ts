import { describe, expect, it } from 'vitest';
import { folderOfTitle, roleOfParagraph, rolesInHeading } from '../../../lib/domain/import/index.ts';

describe('rolesInHeading', () => {
  it.each([
    ['主要工作', ['work']],
    ['存在问题', ['problem']],
    ['下步工作思路及措施', ['measure']],
    ['原因分析', ['cause']],
    ['问题产生的原因', ['cause', 'problem']],
    ['问题整改措施', ['measure', 'problem']],
    ['存在的问题及原因', ['problem', 'cause']],
    ['存在问题和整改措施', ['problem', 'measure']],
    ['落实责任，夯实党建基础', []],
  ])('%s → %j', (heading, roles) => {
    expect(rolesInHeading(heading)).toEqual(roles);
  });

  it('judges a paragraph by its first sentence', () => {
    expect(roleOfParagraph('以上问题的存在，主要是主观原因造成的：一是学习不够。')).toBe('cause');
    expect(roleOfParagraph('今年以来，我们做了很多工作。存在问题有三点。')).toBeNull();
  });
});

describe('folderOfTitle', () => {
  it.each([
    ['街道党工委书记抓基层党建工作述职报告', '述职报告/党建'],
    ['2020年度述职述廉报告', '述职述廉报告'],
    ['某局党风廉政建设工作总结', '工作总结/党风廉政'],
    ['专题民主生活会对照检查材料', '对照检查材料'],
    ['关于某事的通知', undefined],
  ])('%s → %s', (title, folder) => {
    expect(folderOfTitle(title)).toBe(folder);
  });

  it('has nothing to say without a title', () => {
    expect(folderOfTitle(null)).toBeUndefined();
  });
});
