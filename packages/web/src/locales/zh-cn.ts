// 简体中文. Same keys as en.ts.
import type { Messages } from './en.ts';

export const zhCN: Messages = {
  app: { name: 'Baton', studio: '设计中心', workspace: '工作台', language: '语言', logout: '退出登录' },
  state: { loading: '加载中…', empty: '暂无内容', error: '出错了', retry: '重试', offline: '无法连接服务器。' },
  login: {
    title: '登录 Baton', subtitle: '为你的 CRM 搭建审批流程', username: '用户名', password: '密码',
    submit: '登录', failed: '用户名或密码错误。', required: '请输入用户名和密码。',
  },
  nav: { org: '组织架构', simulate: '模拟运行', versions: '版本', flows: '流程', designer: '流程设计', forms: '表单设计', inbox: '待办', start: '发起申请' },
  flows: {
    recycleBin: '回收站', import: '导入', importFailed: '导入失败', imported: '已导入', more: '更多', duplicate: '复制', duplicateKey: '副本的标识', export: '导出', deactivate: '停用', activate: '启用', archive: '归档', unarchive: '取消归档', remove: '删除', restore: '恢复', removeConfirm: '将「{name}」移入回收站？', done: '操作成功', failed: '操作失败', impactTitle: '停用「{name}」', running: '进行中的申请', pendingTasks: '待处理任务', atNode: '所在节点', dependents: '以子流程方式启动它的流程', none: '无', drain: '排空：进行中的申请继续完成，不再发起新申请', cancel: '取消：终止进行中的申请并通知相关人员', reason: '原因（会告知相关人员）', confirm: '停用', title: '流程管理', search: '搜索流程', create: '新建流程', open: '设计', status: '状态', updated: '更新时间', key: '标识',
    name: '名称', category: '分类', emptyHint: '新建第一个审批流程，或从模板库安装。',
    statuses: { draft: '草稿', published: '已发布', deactivated: '已停用', archived: '已归档' },
  },
  designer: {
    palette: '节点', groups: { people: '人工节点', branches: '分支', automatic: '自动节点', bounds: '开始与结束' },
    undo: '撤销', redo: '重做', layout: '自动布局', fit: '适应画布', zoomIn: '放大', zoomOut: '缩小', delete: '删除',
    copy: '复制', paste: '粘贴', save: '保存草稿', publish: '发布', saved: '草稿已保存', unsaved: '有未保存的修改',
    insert: '在此插入节点', properties: '属性', flow: '流程', noSelection: '选择一个节点或连线进行编辑。',
    problems: '问题', noProblems: '没有问题，可以发布。', form: '表单',
    conflictTitle: '他人已保存此流程', conflictBody: '你的修改未保存，因为别人先保存了新版本。可以载入对方的版本（你的修改将丢失），或用你的版本覆盖。',
    reload: '载入对方版本', overwrite: '用我的版本覆盖', publishTitle: '发布此流程？', publishBody: '以下变更将对新申请生效：',
    noChanges: '与上次发布的版本相比没有变化。', published: '已发布', publishFailed: '发布失败', saveFailed: '保存失败',
    fixFirst: '请先修复错误。', shortcuts: '快捷键：Ctrl+Z 撤销，Ctrl+Shift+Z 重做，Ctrl+C / Ctrl+V 复制粘贴，Delete 删除，Ctrl+L 自动布局',
    nodeCount: '{n} 个节点', notConnected: '未连接到流程',
  },
  panel: {
    branches: '分支（点击设置条件）', id: 'ID', name: '名称', nameEn: '名称（English）', nameZh: '名称（中文）', assignees: '审批人', addAssignee: '添加审批人',
    mode: '多人审批方式', passRatio: '通过比例', policies: '策略', timeouts: '超时处理', addTimeout: '添加超时规则',
    permissions: '字段权限', buttons: '操作按钮', condition: '条件', priority: '优先级', default: '默认分支',
    defaultHelp: '其他条件都不满足时走此分支。', label: '标签', advanced: 'CEL', builder: '规则', celOk: '类型检查通过：{type}',
    notRepresentable: '此表达式超出规则构建器的能力，请以 CEL 编辑。', addRule: '添加规则', addGroup: '添加条件组',
    all: '满足全部', any: '满足任一', noFields: '先在表单中添加字段，才能基于字段设置条件。', field: '字段', operator: '运算符', value: '值',
    from: '起点', to: '终点', remove: '移除', more: '更多设置', read: '只读', edit: '可编辑', hidden: '隐藏', none: '表单中还没有字段。',
    inherit: '沿用流程设置', after: '超时时长', action: '动作', repeatEvery: '重复间隔', repeatMax: '最多次数', reassignTo: '转交给',
  },
  assignee: {
    type: '规则', users: '成员', role: '角色', department: '部门', level: '级别', to: '直到', top: '最高层级', field: '表单字段',
    multiple: '可选多人', among: '限定角色',
    kinds: {
      users: '指定成员', role: '角色', 'department-head': '部门负责人', manager: '指定层级主管', 'manager-chain': '连续多级主管',
      'form-field': '表单中的成员/部门', 'record-owner': '记录负责人', initiator: '发起人本人', 'initiator-selects': '发起人自选',
      'previous-approver-selects': '上一步审批人指定',
    },
  },
  operators: {
    eq: '等于', ne: '不等于', lt: '小于', le: '小于等于', gt: '大于', ge: '大于等于', in: '属于', 'not-in': '不属于',
    contains: '包含', 'starts-with': '开头是', 'ends-with': '结尾是', has: '包含选项',
  },
  forms: {
    type: '字段类型', title: '表单设计', palette: '控件', preview: '预览', properties: '字段属性', noFields: '从左侧拖入控件。',
    key: '标识', labelEn: '标题（English）', labelZh: '标题（中文）', required: '必填', help: '提示文字', minimum: '最小值', maximum: '最大值',
    minLength: '最少字数', maxLength: '最多字数', pattern: '格式（正则表达式）', options: '选项', addOption: '添加选项',
    default: '默认值', visibleWhen: '显示条件（CEL）', expression: '计算公式（CEL）', columns: '明细列', addColumn: '添加列', submit: '提交',
    valid: '数据有效。', resultType: '结果类型',
    types: {
      text: '单行文本', textarea: '多行文本', number: '数字', money: '金额', boolean: '开关', date: '日期', 'date-range': '日期区间',
      select: '单选', 'multi-select': '多选', user: '成员', department: '部门', 'record-link': '关联记录', attachment: '附件',
      'detail-table': '明细', formula: '计算公式',
    },
  },
  kit: { required: '必填', addRow: '添加一行', removeRow: '删除', tooShort: '至少 {n} 个字', tooLong: '最多 {n} 个字', tooSmall: '不能小于 {n}', tooLarge: '不能大于 {n}', pattern: '格式不正确', invalid: '值无效', fewRows: '至少 {n} 行', manyRows: '最多 {n} 行', fewItems: '至少选择 {n} 项', manyItems: '最多选择 {n} 项' },
  inbox: { title: '待办', todo: '待处理', done: '已处理', cc: '抄送我的', mine: '我发起的', empty: '暂无申请。', search: '搜索申请', request: '申请', flow: '流程', status: '状态', initiator: '发起人', created: '发起时间', step: '节点', statuses: { running: '审批中', returned: '已退回', approved: '已通过', rejected: '已驳回', withdrawn: '已撤回', terminated: '已终止', completed: '已完成' } },
  start: { title: '发起申请', pick: '选择流程', submit: '提交申请', submitted: '申请已提交' },
  props: { name: "名称", description: "说明", assignees: "审批人", mode: "多人审批方式", passRatio: "通过比例", emptyAssignees: "审批人为空时", initiatorIsAssignee: "审批人与发起人相同时", onReject: "驳回后", to: "去向", node: "节点", timeouts: "超时处理", fieldPermissions: "字段权限", buttons: "操作按钮", commentRequired: "必须填写意见", duration: "等待时长", until: "等待至", field: "字段", offset: "偏移", action: "动作", onFailure: "失败时", flow: "启动的流程", input: "输入", wait: "等待子流程结束", rejectOnChildReject: "子流程驳回时驳回", outcome: "结果", label: "标签", condition: "条件", priority: "优先级", default: "默认分支", from: "起点", id: "ID", starters: "发起人范围", everyone: "所有人", roles: "角色", departments: "部门", users: "成员", admins: "流程管理员", withdraw: "撤回规则", resubmit: "退回后重新提交", dedupe: "审批人去重", title: "申请标题", urgeInterval: "催办间隔", archive: "归档", afterDays: "完成后天数", retentionDays: "保留天数", notifications: "通知", channels: "渠道", notifyInitiatorOnEachStep: "每一步都通知发起人" },
  enums: { sequential: "依次审批", all: "会签（需全部同意）", any: "或签（一人同意即可）", vote: "票签（按比例）", "auto-approve": "自动通过", admin: "转交流程管理员", reject: "自动驳回", "skip-to-manager": "转交其直属主管", require: "由其本人审批", end: "结束申请", previous: "退回上一步", initiator: "退回发起人", remind: "提醒", "auto-reject": "自动驳回", reassign: "转交他人", escalate: "上报主管", approve: "同意", return: "退回", transfer: "转交", delegate: "委派", "add-signer": "加签", "remove-signer": "减签", comment: "评论", cc: "抄送", "take-back": "取回", complete: "办理完成", continue: "继续", terminate: "终止", approved: "通过", rejected: "驳回", completed: "完成", never: "不允许", "before-first-action": "审批人处理前", "until-done": "结束前均可", resume: "从退回的节点继续", restart: "从第一步重新开始", none: "不去重", first: "之前审批过则跳过", consecutive: "仅连续审批时跳过", "in-app": "站内", email: "邮件" },
  versions: { title: '版本', version: '版本', publisher: '发布人', time: '发布时间', latest: '当前', draft: '草稿', from: '比较', to: '与', restore: '恢复为草稿', restoreConfirm: '用版本 {n} 替换草稿？设计器中未保存的修改将丢失。', restored: '版本 {n} 已恢复为草稿', changes: '变更', noChanges: '两者相同。', none: '尚未发布过。', added: '新增', removed: '删除', changed: '修改' },
  simulate: { initiator: '发起人', data: '表单数据', decisions: '审批决定', run: '运行', result: '结果', steps: '步骤', noRun: '选择发起人、填写表单后运行：路径会在画布上高亮。', unsaved: '模拟运行使用已保存的草稿：请先保存修改。', refused: '被拒绝', effects: '副作用', who: '审批人及原因', decide: { approve: '同意', reject: '驳回', return: '退回', complete: '办理完成' } },
  org: { title: '组织架构', departments: '部门', users: '成员', roles: '角色', import: '导入 CSV', head: '负责人', id: '标识', name: '名称', email: '邮箱', department: '部门', manager: '直属主管', active: '在职', members: '成员数', csvHelp: '每行一名成员。表头需包含 id 和 name；department、manager、email、roles（用 ; 分隔）可选。', run: '导入', report: '结果', created: '新增', updated: '更新', rejected: '被拒绝的行', row: '行', reason: '原因', noRejects: '所有行均已接受。' },
  exception: { notFound: '页面不存在。', home: '返回首页' },
};
