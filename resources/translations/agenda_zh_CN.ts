<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>已将 {name} 移出计划（其选择已保留）</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} 已在此计划中</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>已刷新 {name}：你的选择有 %n 处变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>已添加 {name}：%n 场会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>已打开 {name}：%n 场会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>已打开 {name}，有 %n 条警告：{warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>移除已取消的会议</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>；{name} 的 {zone} 也按此时区显示</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>我电脑的时间</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>所选时区</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>会场时间</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>时间：{zone}（{kind}{apart}）</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>标为备选</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>取消备选</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>保留 {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>已保留 {title}；另外 %n 场标为备选（Ctrl+Z 可撤销）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>已保留 {title}；另外 %n 场已取消星标（Ctrl+Z 可撤销）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>你的选择保存在内存中，但无法写入：{exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>你的笔记保存在内存中，但无法写入：{exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>你的事项保存在内存中，但无法写入：{exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>导入选择</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>导入内容保存在内存中，但无法写入：{exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>提前 5 分钟</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>提前 10 分钟</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>提前 30 分钟</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>导出我的日程</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>将你加星的 %n 场会议写成 iCalendar 文件，供手机或日历使用。再次导入会更新事件，而不会重复添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>包括我的 %n 场备选</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>移到该方向的下一场会议</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>为所选会议加星或取消星标</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+空格</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>将所选会议标为备选</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>显示所选会议的详情</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>菜单键、Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>所选会议的菜单</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>显示第 1 至 9 天</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>缩放网格</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+滚轮</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>横向滚动浏览各个会场</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc（在搜索框中）</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>规划你的大会：以“日期 × 会议室”网格呈现的日程、你的选择及其冲突、一份供手机日历使用的日程。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>关于 Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>添加我自己的事项</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>和同事吃午饭、展台值班…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>地点(&amp;H)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 等另外 {n} 场</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ 与 {shown} 冲突</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ 备选（后备）</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ 只有 {minutes} 分钟赶过去</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>空闲 {span}（{length}）</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>整个会场</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation>（场外）</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  （续）</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>时间为 {zone} · 加星 {stars} 场</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>，备选 {n} 场</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n 场会议冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>我的日程 · 第 {n} 页，共 {total} 页 · 由 Agenda 打印</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>我的日程：{title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>端口 {port} 已被占用，因此链接换了新端口：之前订阅的手机需要扫描新的二维码。</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>订阅：只要两者在同一网络中，手机日历就会不断向这台电脑查询，跟上每次加星、取消星标和时间变化。订阅的日历常常会丢掉提醒（Apple 默认“移除提醒”，Google 会忽略提醒）；想保留提醒请选“添加一次”。Apple 日历和 Android 上的 ICSx⁵ 从手机本身查询；Google 日历从 Google 的服务器查询，无法访问这台电脑：在 Android 上请使用 ICSx⁵ 或“添加一次”。</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>添加一次：手机下载文件，由其日历导入，提醒也一并导入。下载后或 10 分钟后停止共享。</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>手机必须与这台电脑在同一网络中。许多大会的 Wi-Fi 会把设备彼此隔离：如果手机打不开链接，请用“保存文件…”，再通过邮件或聊天发送文件。</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>发送到手机</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>订阅（保持最新）(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>添加一次（保留提醒）(&amp;O)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>链接的二维码</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>给手机的链接</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>用于共享的网络</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>保存文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>新链接(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>生成一个新的秘密链接。旧链接将失效：订阅了它的手机将不再收到更新。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>用手机相机扫描二维码，或在手机上打开链接。</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新链接</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>生成新链接？之前给出的链接将失效：订阅了它的手机在订阅新链接之前不会收到更新。</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>已生成新链接：旧链接已失效。请用手机扫描新的二维码。</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>已停止共享：不再提供任何内容。</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>手机已下载你的日程。已停止共享。</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>已下载 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>停止共享(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>开始共享(&amp;T)</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>未在共享</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>为此会议加星或取消星标</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>选择此会议并显示详情</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的事项</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无会议室</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>不录像</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>与另一个选择冲突</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ 不录像：请到现场观看</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>场外：</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>当天 %n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>日程网格</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>当天没有会议</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>未选择会议</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • 有变化</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ 不录像</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ 不录像</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>日程列表</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>当天的会议，按时间排序</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>正在加载 {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a}和{b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} 不录像：请到现场观看。{later} 会录像：之后可以观看。</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} 不录像：请到现场观看。{later} 都会录像：之后都可以观看。</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n 处换场过紧</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>其他的改为备选</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>其他的取消星标</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>保留 {title} 的星标。与之冲突的会议改为备选：备选以虚线绘制，作为后备，从不计为冲突。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>保留 {title} 的星标，并取消与之冲突的会议的星标。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>保留其中一场时，</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>其他冲突会议如何处理</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>你加星的会议之间没有冲突。</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ 重叠 {minutes} 分钟，{start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ 换场过紧：{start} 换会议室只有 {minutes} 分钟</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ 不录像</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>保留这场（请到现场观看）</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这场</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation>（不录像：请到现场观看）</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>这些讲者的其他会议</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ 加星</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ 备选</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>会议简介</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>你的笔记：为什么想看，想问的问题…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>你对此会议的笔记</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>请选择一场会议</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  （已取消）</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}，全天</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}，{span}（{zone}，UTC{offset}）</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>你自己的事项</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>无会议室（整个会场）</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · 场外</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>分会场：{track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>会录像</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已加星</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ 备选（后备）</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>未选</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · 冲突：</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ 取消星标</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ 取消备选</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>{name} 的更多会议：</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>加星 {stars} 场，备选 {maybes} 场</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>，已取消 {n} 场</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>，已移除 {n} 场</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>空闲 {minutes} 分钟</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ 冲突</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  （已从日程中移除：点击将其从你的选择中移除）</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>时间已变</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>会议室已变</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>标题已变</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>结束变晚</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>结束变早</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>开始时间已变</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>将这些变化标为已读</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>你的选择有 %n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>你的选择没有变化</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>；日程中新增 %n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>原为 {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}：{title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>{fetched} 的副本：新版本被拒绝</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>离线，最后更新于 {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>未添加：{message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation>（改为显示 {name}）</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>添加大会(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>从网址添加大会(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>此计划中的大会(&amp;C)</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>向此计划添加大会</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>日程 (*.ics *.ical *.xml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>从网址添加大会</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>日程网址（iCalendar、schedule.xml 或 schedule.json；https://、http:// 或 webcal://）：</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>（未打开日程）</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>刷新 {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>将 {name} 移出计划</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>添加大会即可同时规划多个</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>拖入了一份日程</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>将 {dropped} 添加到此计划（与 {name} 并列），还是改为打开它？</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>添加到此计划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>改为打开(&amp;O)</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>日期 ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>大会的每一天</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>搜索标题、讲者、会议室、分会场… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分会场</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>仅加星</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>隐藏其他</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>隐藏不匹配的会议，而不是变淡</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+另外 {n} 个…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>点击分会场只显示它（再点一次撤销）</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>分会场（{n}）</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>会议室（{n}）</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n 场会议匹配，当天 {on_day} 场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n 场会议可放进这段空闲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>当天没有匹配的会议</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} / {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>冲突 {n} / {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>系统（{language}）</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>时钟(&amp;C)</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>按语言的写法</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 小时制（14:30）</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 小时制（下午 2:30）</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda 下次打开时将使用{language}。</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Agenda 下次打开时时间将这样显示。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>大会日期</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>会场时间</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>我电脑的时间</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>其他时区…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>显示或隐藏侧边栏 (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>冲突数</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>正在加载日程…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>未打开日程（文件 › 打开）</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>变化（{n}）</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>无法保存你最近的选择：{problem}

仍要退出吗？</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>正在显示 {fetched} 的副本：服务器的新副本被拒绝（{reason}）</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>离线，最后更新于 {fetched}（{reason}）</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}：被重定向到 {scheme}: 网址（{target}）；只跟随 http 和 https 重定向</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}：从 https 被重定向到未加密的 http（{target}）；已拒绝</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}：只能打开 http、https 和 webcal 网址</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}：{seconds} 秒后超时（没有完整的响应）</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}：日程超过 {mb} MB；未加载</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}：被重定向到既非 http 也非 https 的网址；未跟随</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}：重定向次数过多（超过 {n} 次）</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}：HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}：无法建立安全（https）连接</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}：无法连接（{reason}）</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}：网络错误（{reason}）</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}：服务器的响应中断了（{reason}）</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}：此网址返回的是网页，不是日历订阅或日程</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}：响应不是 iCalendar 订阅、schedule.xml 或 schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}：只能添加 http、https 和 webcal 网址</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>打开网址(&amp;U)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>导出我的日程(&amp;E)…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>发送到手机(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>导入选择(&amp;I)…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>从网址导入选择(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>打印我的日程(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>将日程另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>换会议室的分钟数(&amp;R)…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>添加我自己的事项(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>自动刷新(&amp;A)…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>下一个冲突</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>上一个冲突</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>关于 Agenda(&amp;A)</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>时间显示为：</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>打开日程</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>iCalendar 日程 (*.ics *.ical);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>日程网址（https://、http:// 或 webcal://）：</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>每隔多久刷新日程（分钟，0 = 从不）：</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>换会议室的分钟数</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>不同会议室的连续选择间隔少于此值时提示（分钟）：</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>导出失败：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>已导出 %n 场会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform>和 %n 场取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform>，来自 %n 个大会</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> 到 {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>。注意：{problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>还没有可打印的内容：请先为想印在纸上的会议加星。</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>打印预览 — 我的日程</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>已打印你的日程：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>将日程另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>保存 PDF 失败：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>已将你的日程（%n 页）保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>正在与手机共享</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>正在与手机共享：{url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>请将其导入手机或电脑的日历；有变化后再次导出并导入新文件：事件会被更新，而不会重复。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>日历文件和共享收藏 (*.ics *.ical *.ifb *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>从网址导入选择</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>你的选择所在的日历（https://、http:// 或 webcal://），例如 Sched 的“my schedule”订阅，或 Giggity 的分享链接：</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>Giggity 链接</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>未导入任何内容：{url}：只能读取 http、https 和 webcal 网址</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>正在从 {url} 下载你的选择…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>未导入任何内容：{message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>未导入任何内容：{exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>未导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>加星 {n} 场</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>标为备选 {n} 场</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>已选 {n} 场</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>笔记 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>自己的事项 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>在 Giggity 中隐藏的 {n} 场保持不变</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>已从 {name} 导入：</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n 个事件没有对应到唯一的会议：请手动加星（“显示详细信息”中列出了它们）。编辑 → 撤销 可撤回导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>未找到：{title}（{when}）</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>匹配到多场：{title}（{when}）</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>编辑 → 撤销 可撤回导入。</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>未添加：{exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>已将 {title} 添加到你的日程（“我的事项”列）</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>无时间</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ 加星(&amp;S)</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ 备选(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>取消星标(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>打开链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>复制标题(&amp;C)</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>在“我的日程”中显示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>删除我的事项(&amp;R)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>会议室适应宽度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>列表视图(&amp;L)</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>侧边栏(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>缩放 {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>全部 %n 个会议室已适应宽度</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{total} 个会议室中有 {shown} 个能以可读宽度显示：其余请横向滚动</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}：已替换无效的 UTF-8</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}：空文件，不是 iCalendar 订阅</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}：这是网页（HTML/XML），不是日历订阅</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} 第 {line} 行：不是 iCalendar 文件（应为 BEGIN:VCALENDAR）</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}：不是 iCalendar 文件（没有 BEGIN:VCALENDAR 或 BEGIN:VEVENT）</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}：有 {zones} 个时区定义（VTIMEZONE）；日历订阅通常只有几个，最多读取 {most} 个</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}：组件嵌套过深</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>没有 DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>无法读取 DTSTART</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} 第 {line} 行</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}：已忽略 {event} 中损坏的一行</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}：已忽略 VCALENDAR 之外的顶层 {component}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}：有 %n 个事件不在 VCALENDAR 中；仍已读取</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}：一个文件中有 {n} 个日历；已合并</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}：X-WR-TIMEZONE {zone} 不是已知时区；已忽略</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}：不是日历行（{raw}）：文件已损坏或不是 iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}：无法读取此日历（{reason}）</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}：已跳过事件之外的多余行（{raw}）</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}：多余的行超过 {n} 行；不是日历文件</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}：超过 {mb} MB；不是大会日程，未加载</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}：文件不存在</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}：是文件夹，不是日历文件</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}：权限被拒绝</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>未知时区 {name}（请使用 IANA 名称，如 Europe/Paris）</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}：XML 格式不正确（{reason}）</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>实体声明</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>外部引用</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>禁止的结构</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}：已拒绝：XML 中含有{what}，日程从不需要（未展开也未获取任何内容）</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}：是 XML 文件，但不是 schedule.xml（根元素为 &lt;{root}&gt;）</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}：JSON 无效（{reason}）</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}：JSON 嵌套过深</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}：是 JSON，但不是 schedule.json（没有 schedule.conference）</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} 不是类似 2026-04-07T12:30 的日期时间</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>事项需要标题</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>事项结束时间（{end}）早于开始时间（{start}）</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}：Giggity 链接的选择太大</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}：是 Giggity 链接，但其选择（{key}=）无法读取</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}：是 Giggity 链接，但其选择（{key}=）不是事件列表</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}：JSON 无效</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}：是 JSON，但不是 EventFahrplan 收藏分享（没有“lectures”）</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}：此 EventFahrplan 分享中没有会议</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}：未保存，另一个 Agenda 已在那里写入超过 {seconds} 秒</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}：是文件夹</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}：无法读取{kind}（{reason}）；保持原样</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}：{kind}不是普通文件；保持原样</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>超过 {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON 无效（{reason}）</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}；保持原样</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}：{kind}无法读取（{problem}）；保持原样</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}：{kind}无法读取（{problem}），也无法移开（{reason}）；保持原样</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}：{kind}曾无法读取（{problem}）；已移到一边，名为 {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}：未找到 VCALENDAR，不是 iCalendar 订阅</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}：day_change {text} 不是 HH:MM 格式；已忽略</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}；已略过</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}：事件 {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}：既没有 guid 也没有 id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}：日期 {date} 不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}：{day} 的开始时间 {start} 不是时间</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}：没有日期</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}：此 {generator} 中没有可用的事件{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}：时长 {text} 超过 {days} 天</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}：时长 {text} 不是 HH:MM 格式</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>日程快照</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>日程缓存</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>分享链接</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}：{kind}没有可用的版本（{found}）</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}：{kind}由更新版本的 Agenda 写入（格式 {found}，本版本最多读取到 {current}）；保持原样，请更新 Agenda 以使用它</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}：本 Agenda 无法读取格式为 {found} 的{kind}（没有从 {step} 开始的转换）</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}：更新格式前无法保留副本（{reason}）</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}：这是正在读取的日程；请选择其他文件（未写入任何内容）</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}；未导出任何内容，以免手机上的事件被取消（请重新加星后再导出）</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}：你的选择文件不见了；未导出任何内容，以免之前导出的事件在手机上被取消</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>无法在 {address}:{port} 上共享：{reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}：未保存，现有的选择文件既无法读取也无法移开</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}：未保存，无法读取另一个进程写入的选择文件</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}：未知时区 {zone}（%n 个事件）；其时间按 {display} 读取</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}：已跳过 {event}：{problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}：此订阅中没有事件</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} 在开始前就结束了；按无时长显示</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} 次</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}：无法应用 X-WR-TIMEZONE {zone}：{reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}：重复事件 {event} 每秒重复一次（FREQ={freq}）；按原样只显示一次</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}：重复事件 {event} 无限重复；显示到 {date} 为止的各次</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}：重复事件在 {limit} 处停止展开（在 {event}）；之后的各次不再显示</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}：无法展开 {event} 的重复规则（{reason}）；按原样显示</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}：{event}：已忽略无法读取的 {prop} {text}</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>无法为下次保留链接（{reason}）</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}：只隐藏了 %n 场会议（Agenda 不隐藏单场会议），所以没有可加星的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}：没有可导入的事件</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}：其 %n 个事件都不是 {conference} 的会议（是否来自另一场会议？）</numerusform>
        </translation>
    </message>
</context>
</TS>
