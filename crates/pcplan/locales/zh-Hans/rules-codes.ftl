## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = 此服务代码不在其编码系统的代码集中。
    .help = 请核对健康计划授权书上的代码。如果您的健康计划使用此代码，请将其添加到机构的代码集文件中。
s18-modifiers-not-listed = 这些修饰符不是此服务代码的登记组合。
    .help = 请按顺序从授权书上抄写修饰符。
s18-unit-not-listed = 此服务代码不按此服务单位计算。
    .help = 请使用以下单位之一：{ $units }。
