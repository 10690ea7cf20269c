import type { DocSpec } from '../support/facts';

// Four made-up documents of the genre (three meetup agendas in three cities and
// a blog recap without an event) whose counts an analyst can check by hand:
//
//   talk                      year  city  speakers  technologies
//   Kubernetes 调度器实战      2019  杭州  王小川    Kubernetes
//   用 Go 写控制器             2019  杭州  王小川    Go, Kubernetes
//   Rust 与内存安全            2019  杭州  李雨桐    Rust
//   Kubernetes Operator 开发   2020  成都  王小川    Kubernetes, Go
//   Go 泛型前瞻                2020  成都  赵一鸣    Go
//   Kubeflow 上的训练流水线    2020  成都  赵一鸣    Kubeflow, Kubernetes
//   Kubernetes 多集群          2021  深圳  周晓      Kubernetes
//   Docker 镜像瘦身            2021  深圳  陈思远    Docker
//   Rust 写网络代理            2021  深圳  李雨桐    Rust
//   Rust 异步运行时            2021  深圳  王小川    Rust
//   Go 服务治理随笔            2021  —     孙悦      Go
//
// Affiliations: 王小川 and 李雨桐 at 竹云科技, 赵一鸣 at 山海数据; 周晓, 陈思远 and
// 孙悦 at none. Kubernetes and Docker are narrower than 容器, Kubeflow than 机器学习.

const technologies = [
  { name: 'Kubernetes', category: 'platform', aliases: ['k8s'], broader: ['容器'] },
  { name: 'Docker', category: 'platform', broader: ['容器'] },
  { name: 'Kubeflow', category: 'platform', broader: ['机器学习'] },
  { name: 'Go', category: 'language', aliases: ['Golang'] },
  { name: 'Rust', category: 'language' },
];

export const hangzhou2019: DocSpec = {
  documentId: 'doc:analyst-hangzhou',
  title: '云原生杭州站第 3 期议程',
  event: { name: '云原生杭州站 2019', startDate: '2019-04-13', city: '杭州', organizers: ['青木社区'] },
  technologies,
  people: [
    { name: '王小川', affiliations: [{ org: '竹云科技', role: '架构师' }] },
    { name: '李雨桐', affiliations: [{ org: '竹云科技', role: '工程师' }] },
  ],
  talks: [
    { title: 'Kubernetes 调度器实战', speakers: ['王小川'], technologies: ['Kubernetes'] },
    { title: '用 Go 写控制器', speakers: ['王小川'], technologies: ['Go', 'Kubernetes'] },
    { title: 'Rust 与内存安全', speakers: ['李雨桐'], technologies: ['Rust'] },
  ],
};

export const chengdu2020: DocSpec = {
  documentId: 'doc:analyst-chengdu',
  title: '成都 Gopher 聚会报名',
  event: { name: '成都 Gopher 聚会 2020', startDate: '2020-06-20', city: '成都' },
  technologies,
  people: [{ name: '王小川' }, { name: '赵一鸣', affiliations: [{ org: '山海数据', role: 'CTO' }] }],
  talks: [
    { title: 'Kubernetes Operator 开发', speakers: ['王小川'], technologies: ['Kubernetes', 'Go'] },
    { title: 'Go 泛型前瞻', speakers: ['赵一鸣'], technologies: ['Go'] },
    { title: 'Kubeflow 上的训练流水线', speakers: ['赵一鸣'], technologies: ['Kubeflow', 'Kubernetes'] },
  ],
};

export const shenzhen2021: DocSpec = {
  documentId: 'doc:analyst-shenzhen',
  title: '深圳容器沙龙回顾',
  event: { name: '深圳容器沙龙 2021', startDate: '2021-09-18', city: '深圳' },
  technologies,
  people: [{ name: '周晓' }, { name: '陈思远' }, { name: '李雨桐' }, { name: '王小川' }],
  talks: [
    { title: 'Kubernetes 多集群', speakers: ['周晓'], technologies: ['Kubernetes'] },
    { title: 'Docker 镜像瘦身', speakers: ['陈思远'], technologies: ['Docker'] },
    { title: 'Rust 写网络代理', speakers: ['李雨桐'], technologies: ['Rust'] },
    { title: 'Rust 异步运行时', speakers: ['王小川'], technologies: ['Rust'] },
  ],
};

export const blog2021: DocSpec = {
  documentId: 'doc:analyst-blog',
  title: '孙悦的博客：Go 服务治理随笔',
  year: 2021,
  technologies,
  people: [{ name: '孙悦' }],
  talks: [{ title: 'Go 服务治理随笔', speakers: ['孙悦'], technologies: ['Go'] }],
};

export const ANALYST_DOCUMENTS = [hangzhou2019, chengdu2020, shenzhen2021, blog2021];
