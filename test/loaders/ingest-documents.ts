// Documents of the genre that the ingest tests write into temp folders: a
// meetup agenda with made-up speakers, an announcement with no programme, and
// a notes file with nothing of the genre in it. Never copies of real documents.

const SURNAMES = ['林', '周', '赵', '陈', '吴', '郑', '孙', '何'];
const GIVEN = ['书恒', '雨桐', '明远', '昊然', '思齐', '若宁', '景行', '安澜'];
const ORGS = ['青梧云', '拾光科技', '北辰网络', '墨石数据'];
const TOPICS = [
  ['用 Go 重写调度系统', 'Go'],
  ['Docker 在持续集成中的实践', 'Docker'],
  ['etcd 与服务发现', 'etcd'],
  ['Kubernetes 上的有状态服务', 'Kubernetes'],
];

export function speaker(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`;
}

/** A Markdown agenda of meetup number `n` with `talks` talks (1 to 4). */
export function meetupAgenda(n: number, talks = 3): string {
  const lines = [
    '---',
    `title: "码岛 Gopher Meetup 第 ${n} 期"`,
    `date: 2015-0${(n % 9) + 1}-12`,
    '---',
    '',
    `码岛 Gopher Meetup 第 ${n} 期将于 2015 年 ${(n % 9) + 1} 月 19 日在杭州举办。`,
    '',
    '主办：码岛技术社区',
    '',
    '## 议程',
    '',
  ];
  for (let t = 0; t < talks; t++) {
    const [title, tech] = TOPICS[t % TOPICS.length];
    const who = speaker(n * 4 + t);
    lines.push(`${14 + t}:00-${14 + t}:45 ${title}——${who}（${ORGS[(n + t) % ORGS.length]} 架构师）`);
    lines.push(`介绍 ${tech} 在生产环境中的经验。`, '');
  }
  return `${lines.join('\n')}\n`;
}

/** An event announcement that names a date, a place and a host, but no talk. */
export function announcementWithoutProgramme(n: number): string {
  return [
    '---',
    `title: "北辰夜话第 ${n} 期报名开启"`,
    'date: 2019-10-08',
    '---',
    '',
    `北辰夜话第 ${n} 期将于 2019 年 10 月 24 日在上海举办，主题是服务网格，主持人${speaker(n)}。`,
    '',
    '时间：2019 年 10 月 24 日 19:00-21:00',
    '地点：上海徐汇区漕河泾 北辰网络 3 楼',
    '主办：北辰网络',
    '',
    '议程稍后公布，敬请关注。',
    '',
  ].join('\n');
}

/** Someone's shopping list and reminders: no event, talk or person. */
export function notesFile(): string {
  return ['# 周末待办', '', '- 买牛奶和鸡蛋', '- 给自行车打气', '- 洗窗帘', '', '记得周日之前交水电费。', ''].join(
    '\n',
  );
}
