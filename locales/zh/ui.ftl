# 本指南自己的界面文字（简体中文）。其余文字内置于 Letterpress
#（`themes/default/locales/zh/ui.ftl`）；此处的键会取代内置的同名文字。
site-title = Offer之后
site-tagline = 拒绝、撤回与回头的实用指南——附可直接填写的信函模板。
nav-label = 指南栏目
not-found-text = 抱歉，您访问的页面不存在。请选择语言，回到指南首页：
letters-intro = 每个环节都有现成的信函：填好空白处，核对预览，然后复制、用邮件发送、下载或打印。
letter-form-intro = 请填写空白处，信函会随输入实时更新。您输入的内容不会离开您的设备。如果点“用邮件打开”没有反应（只用网页邮箱时常见），请点“复制”，再粘贴到邮箱里。
translations-intro = 本指南在各语言中的翻译进度，以及尚缺或已过时的内容。欢迎参与，详见“关于本指南”页面。
search-label = 搜索本指南
search-placeholder = 搜索本指南
letter-explained-in = 指南中的相关文章
