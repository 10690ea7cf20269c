import { keyOf } from './text';

// A small English <-> Chinese glossary for topics, used only when a topic
// matches no technology name or alias as given (the catalog carries most
// translations as aliases already; this catches the common umbrella terms a
// user types in the other language: "service mesh" when only 服务网格 is stored).

const PAIRS: [string, string][] = [
  ['container', '容器'],
  ['container networking', '容器网络'],
  ['container engine', '容器引擎'],
  ['container orchestration', '容器编排'],
  ['service mesh', '服务网格'],
  ['microservice', '微服务'],
  ['distributed system', '分布式系统'],
  ['distributed database', '分布式数据库'],
  ['distributed storage', '分布式存储'],
  ['database', '数据库'],
  ['consensus algorithm', '一致性算法'],
  ['consensus', '一致性'],
  ['replicated state machine', '复制状态机'],
  ['cloud computing', '云计算'],
  ['cloud native', '云原生'],
  ['private cloud', '私有云'],
  ['public cloud', '公有云'],
  ['stream processing', '流处理'],
  ['continuous integration', '持续集成'],
  ['continuous delivery', '持续交付'],
  ['virtualization', '虚拟化'],
  ['storage', '存储'],
  ['cache', '缓存'],
  ['message queue', '消息队列'],
  ['search engine', '搜索引擎'],
  ['monitoring', '监控'],
  ['logging', '日志'],
  ['big data', '大数据'],
  ['machine learning', '机器学习'],
  ['deep learning', '深度学习'],
  ['artificial intelligence', '人工智能'],
  ['programming language', '编程语言'],
  ['operating system', '操作系统'],
  ['network', '网络'],
  ['security', '安全'],
  ['operations', '运维'],
  ['architecture', '架构'],
  ['high availability', '高可用'],
  ['load balancing', '负载均衡'],
  ['middleware', '中间件'],
  ['blockchain', '区块链'],
  ['macro', '宏'],
  ['annotation', '注解'],
];

const BY_KEY = new Map<string, string[]>();
for (const [en, zh] of PAIRS) {
  const a = keyOf(en);
  const b = keyOf(zh);
  BY_KEY.set(a, [...(BY_KEY.get(a) ?? []), b]);
  BY_KEY.set(b, [...(BY_KEY.get(b) ?? []), a]);
}

/** Keys of the other language's words for a normalized key; empty when the glossary does not know it. */
export function translatedKeys(key: string): string[] {
  return BY_KEY.get(key) ?? [];
}
