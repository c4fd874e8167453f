<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} をプランから外しました（選択は保持されます）</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} はすでにこのプランにあります</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} を更新しました：選択に %n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} を追加しました：%n 件のセッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} を開きました：%n 件のセッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} を開きました（警告 %n 件）：{warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>中止されたセッションを削除</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>；{name} の {zone} もこの時刻で表示</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>このコンピューターの時刻</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>選んだタイムゾーン</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>会場の時刻</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>時刻：{zone}（{kind}{apart}）</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>候補にする</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>候補を外す</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>{title} を残す</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} を残しました。ほか %n 件を候補にしました（Ctrl+Z で元に戻せます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} を残しました。ほか %n 件のスターを外しました（Ctrl+Z で元に戻せます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>選択はメモリーにありますが、保存できませんでした：{exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>メモはメモリーにありますが、保存できませんでした：{exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>予定はメモリーにありますが、保存できませんでした：{exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>選択の読み込み</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>読み込んだ内容はメモリーにありますが、保存できませんでした：{exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>通知なし</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>開始時</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 分前</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 分前</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 分前</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 分前</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 時間前</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>マイアジェンダを書き出す</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>スターを付けた %n 件のセッションを、スマートフォンやカレンダー用の iCalendar ファイルに書き出します。もう一度読み込むと、予定は二重にならず更新されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>候補 %n 件を含める</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>通知(&amp;R)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>その方向の次のセッションへ移動</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>選んだセッションのスターを付ける／外す</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>選んだセッションを候補にする</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>選んだセッションの詳細を表示</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu、Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>選んだセッションのメニュー</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>1〜9 日目を表示</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>グリッドを拡大・縮小</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+ホイール</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>部屋を横にスクロール</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc（検索欄で）</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>カンファレンスを計画しましょう：日 × 部屋のグリッドで見るプログラム、選んだセッションとその重なり、スマートフォンのカレンダー用のアジェンダ。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>ライセンス：GNU General Public License バージョン 3 以降（GPL-3.0-or-later）。このプログラムは無保証です。</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Agenda について</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>自分の予定を追加</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>同僚とのランチ、ブースの当番…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>終了(&amp;E)：</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>場所(&amp;H)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> ほか {n} 件</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ {shown} と重複</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ 候補（予備）</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ 移動時間はわずか {minutes} 分</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 時間 {minutes:02d} 分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>空き {span}（{length}）</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>会場全体</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation>（会場外）</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  （続き）</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>時刻は {zone} · スター {stars} 件</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>、候補 {n} 件</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n 件のセッションが重複</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>マイアジェンダ · {n} / {total} ページ · Agenda で印刷</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>マイアジェンダ：{title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>ポート {port} は使用中のため、リンクのポートが変わりました。以前に購読したスマートフォンは新しいコードを読み取る必要があります。</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>購読：スマートフォンのカレンダーがこのコンピューターに問い合わせ続け、同じネットワークにいる間はスターの付け外しや時刻の変更をすべて反映します。購読カレンダーでは通知が消えることがよくあります（Apple の既定は「通知を削除」、Google は無視します）。通知を残すには「一度だけ追加」を選んでください。Apple のカレンダーと Android の ICSx⁵ はスマートフォン自身から問い合わせます。Google カレンダーは Google のサーバーから問い合わせるため、このコンピューターには届きません。Android では ICSx⁵ か「一度だけ追加」を使ってください。</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>一度だけ追加：スマートフォンがファイルをダウンロードし、カレンダーが通知ごと読み込みます。共有はダウンロード後、または 10 分後に止まります。</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>スマートフォンはこのコンピューターと同じネットワークにある必要があります。カンファレンスの Wi-Fi の多くは端末同士を隔離しています。リンクを開けない場合は「ファイルを保存…」を使い、メールやチャットでファイルを送ってください。</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>スマートフォンに送る</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>購読する（常に最新）(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>一度だけ追加（通知を残す）(&amp;O)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>リンクの QR コード</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>スマートフォン用のリンク</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>共有するネットワーク</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>ファイルを保存(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>新しいリンク(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>新しい秘密のリンクを作ります。古いリンクは使えなくなり、購読しているスマートフォンには更新が届かなくなります。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>スマートフォンのカメラでコードを読み取るか、スマートフォンでリンクを開いてください。</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>新しいリンクを作りますか？以前に渡したリンクは使えなくなり、購読しているスマートフォンには新しいリンクを購読するまで更新が届きません。</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>新しいリンクを作りました。古いリンクはもう使えません。新しいコードをスマートフォンで読み取ってください。</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>共有を止めました。もう何も配信していません。</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>スマートフォンがアジェンダをダウンロードしました。共有を止めました。</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>%n 回ダウンロードされました。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>共有を停止(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>共有を開始(&amp;T)</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>共有していません</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>このセッションのスターを付ける／外す</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>このセッションを選んで詳細を表示</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の予定</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>部屋なし</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>録画なし</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>ほかの選択と重複</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ 録画なし：ライブで見ましょう</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>会場外：</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>この日のセッション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>プログラムのグリッド</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>この日のセッションはありません</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>セッションが選ばれていません</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • 変更あり</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ 録画なし</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ 録画なし</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>プログラムの一覧</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>その日のセッションを時刻順に</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>{source} を読み込み中 …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a}、{b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} は録画されません：ライブで見ましょう。{later} は録画されます：あとで見られます。</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} は録画されません：ライブで見ましょう。{later} はすべて録画されます：あとで見られます。</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>重複 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>移動がきつい箇所 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>ほかは候補にする</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>ほかはスターを外す</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>{title} のスターを残します。重複するセッションは候補になります。候補は破線で描かれる予備で、重複とは数えません。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>{title} のスターを残し、重複するセッションのスターを外します。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>1 つを残すとき、</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>重複するほかのセッションの扱い</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>スターを付けたセッションに重複はありません。</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ {minutes} 分の重複、{start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ 移動がきつい：{start} に部屋を移るのに {minutes} 分</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ 録画なし</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>これを残す（ライブで見る）</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>これを残す</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation>（録画なし：ライブで見る）</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>この登壇者のほかのセッション</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ スター</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ 候補</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>セッションの説明</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>メモ：見たい理由、聞きたい質問…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>このセッションへのメモ</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>セッションを選んでください</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  （中止）</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}、終日</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}、{span}（{zone}、UTC{offset}）</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>自分の予定</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>部屋なし（会場全体）</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · 会場外</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>トラック：{track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>録画あり</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ スター付き</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ 候補（予備）</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · 重複：</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ スターを外す</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ 候補を外す</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>{name} について</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>{name} のほかのセッション：</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>マイアジェンダ</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>スター {stars} 件、候補 {maybes} 件</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>、中止 {n} 件</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>、削除 {n} 件</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} 分の空き</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ 重複</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  （プログラムから削除されました：クリックで選択から外します）</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>時刻変更</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>部屋変更</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>タイトル変更</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>終了が遅くなりました</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>終了が早くなりました</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>開始時刻が変わりました</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>これらの変更を確認済みにする</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>選択に %n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>選択に変更はありません</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>；プログラムに新しいセッション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>変更前 {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}：{title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>追加できませんでした：</translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>{fetched} のコピー：新しいものは受け付けられませんでした</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>オフライン、最終更新 {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>追加できませんでした：{message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation>（代わりに {name} を表示）</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>カンファレンスを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>URL からカンファレンスを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>このプランのカンファレンス(&amp;C)</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>このプランにカンファレンスを追加</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>プログラム (*.ics *.ical *.xml *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>URL からカンファレンスを追加</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>プログラムの URL（iCalendar、schedule.xml または schedule.json；https://、http:// または webcal://）：</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>（プログラムが開かれていません）</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>{name} を更新</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>{name} をプランから外す</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>カンファレンスを追加すると複数をまとめて計画できます</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>プログラムがドロップされました</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>{dropped} を {name} と並べてこのプランに追加しますか？それとも代わりに開きますか？</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>このプランに追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>代わりに開く(&amp;O)</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>日 ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>日を選ぶ</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>カンファレンスの全日程</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>タイトル、登壇者、部屋、トラックを検索… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>スター付きのみ</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>ほかを隠す</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>一致しないセッションを薄くせずに隠す</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+ほか {n} 件…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>トラックをクリックするとそれだけを表示（もう一度で解除）</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>トラック（{n}）</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>部屋（{n}）</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>一致するセッション %n 件、この日 {on_day} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>この空き時間に入るセッション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>この日に一致するセッションはありません</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} / {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>重複 {n} / {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>システム（{language}）</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>時計(&amp;C)</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>言語の書き方に従う</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 時間制（14:30）</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 時間制（午後 2:30）</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>次に Agenda を開くと {language} で表示されます。</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>次に Agenda を開くと時刻がこの形で表示されます。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>カンファレンスの日程</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>会場の時刻</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>このコンピューターの時刻</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>ほかのタイムゾーン…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>サイドパネルを表示／非表示 (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>サイドパネル</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>重複の数</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>重複（{n}）</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>プログラムを読み込み中…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>プログラムが開かれていません（ファイル › 開く）</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>変更点（{n}）</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>最新の選択を保存できませんでした：{problem}

それでも終了しますか？</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>{fetched} のコピーを表示中：サーバーの新しいコピーは受け付けられませんでした（{reason}）</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>オフライン、最終更新 {fetched}（{reason}）</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}：{scheme}: の URL（{target}）にリダイレクトされました。たどるのは http と https のリダイレクトだけです</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}：https から暗号化されていない http にリダイレクトされました（{target}）。拒否しました</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}：開けるのは http、https、webcal の URL だけです</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}：{seconds} 秒でタイムアウトしました（完全な応答がありません）</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}：プログラムが {mb} MB を超えています。読み込みません</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}：http でも https でもない URL にリダイレクトされました。たどりません</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}：リダイレクトが多すぎます（{n} 回超）</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}：HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}：安全な（https）接続ができませんでした</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}：接続できません（{reason}）</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}：ネットワークエラー（{reason}）</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}：サーバーの応答が途中で切れました（{reason}）</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}：この URL はウェブページを返しました。カレンダーやプログラムではありません</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}：応答は iCalendar フィード、schedule.xml、schedule.json のいずれでもありません</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}：追加できるのは http、https、webcal の URL だけです</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>URL を開く(&amp;U)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>マイアジェンダを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>スマートフォンに送る(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>選択を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>URL から選択を読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>マイアジェンダを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>アジェンダを PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>部屋の移動時間(&amp;R)…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>自分の予定を追加(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>自動更新(&amp;A)…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>次の重複</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>前の重複</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>Agenda について(&amp;A)</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>時刻の表示：</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>プログラムを開く</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>iCalendar プログラム (*.ics *.ical);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL を開く</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>プログラムの URL（https://、http:// または webcal://）：</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>プログラムの更新間隔（分、0 = 更新しない）：</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>部屋の移動時間</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>別の部屋で続く選択の間隔がこれより短いと知らせる（分）：</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>書き出しに失敗しました：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n 件のセッションを書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform>、中止 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform>（%n 件のカンファレンスから）</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> → {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>。注意：{problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>まだ印刷するものがありません。紙に残したいセッションにまずスターを付けてください。</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>印刷プレビュー — マイアジェンダ</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>アジェンダを印刷しました：%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>アジェンダを PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>PDF を保存できませんでした：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>アジェンダ（%n ページ）を {path} に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>スマートフォンと共有中</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>共有を停止</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>スマートフォンと共有中：{url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>スマートフォンやコンピューターのカレンダーに読み込んでください。変更後にもう一度書き出して新しいファイルを読み込むと、予定は二重にならず更新されます。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>カレンダーファイルと共有お気に入り (*.ics *.ical *.ifb *.json *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>URL から選択を読み込む</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>選択のカレンダー（https://、http:// または webcal://）。Sched の「my schedule」フィードや Giggity の共有リンクなど：</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>Giggity のリンク</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>何も読み込みませんでした：{url}：読めるのは http、https、webcal の URL だけです</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>{url} から選択をダウンロード中…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>何も読み込みませんでした：{message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>何も読み込みませんでした：{exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>何も読み込みませんでした：{problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>スター {n} 件</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>候補 {n} 件</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>選択済み {n} 件</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>メモ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>自分の予定 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>Giggity で非表示の {n} 件はそのまま</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>{name} から読み込みました：</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n 件の予定が 1 つのセッションに一致しませんでした。手でスターを付けてください（「詳細を表示」に一覧があります）。編集 → 元に戻す で読み込みを取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>見つかりません：{title}（{when}）</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>複数に一致：{title}（{when}）</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>編集 → 元に戻す で読み込みを取り消せます。</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>追加できませんでした：{exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} をアジェンダに追加しました（「自分の予定」列）</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>時刻なし</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ スター(&amp;S)</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ 候補(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>スターを外す(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>リンクを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>タイトルをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>マイアジェンダで表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>自分の予定を削除(&amp;R)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>部屋を幅に合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>一覧表示(&amp;L)</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>サイドパネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>ズーム {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n 部屋すべてを幅に合わせました</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>読みやすい幅に収まるのは {total} 部屋中 {shown} 部屋です。ほかは横にスクロールしてください</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}：不正な UTF-8 を置き換えました</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}：空のファイルです。iCalendar フィードではありません</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}：これはウェブページ（HTML/XML）で、カレンダーではありません</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} {line} 行目：iCalendar ファイルではありません（BEGIN:VCALENDAR が必要です）</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}：iCalendar ファイルではありません（BEGIN:VCALENDAR も BEGIN:VEVENT もありません）</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}：タイムゾーン定義（VTIMEZONE）が {zones} 個あります。カレンダーには普通少ししかなく、読むのは最大 {most} 個です</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}：コンポーネントの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>DTSTART がありません</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>DTSTART が読めません</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} {line} 行目</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}：{event} の壊れた行を無視しました</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}：VCALENDAR の外にある最上位の {component} を無視しました</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}：%n 件の予定が VCALENDAR の中にありません。そのまま読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}：1 つのファイルに {n} 個のカレンダーがあります。統合しました</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}：X-WR-TIMEZONE {zone} は既知のタイムゾーンではありません。無視しました</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}：カレンダーの行ではありません（{raw}）。ファイルが壊れているか iCalendar ではありません</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}：このカレンダーを読めません（{reason}）</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}：予定の外にあるはみ出した行を飛ばしました（{raw}）</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}：はみ出した行が {n} 行を超えています。カレンダーファイルではありません</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}：{mb} MB を超えています。カンファレンスのプログラムではないため読み込みません</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}：ファイルがありません</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}：フォルダーです。カレンダーファイルではありません</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}：アクセスが拒否されました</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}：読めません（{reason}）</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>不明なタイムゾーン {name}（Europe/Paris のような IANA 名を使ってください）</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}：整形式の XML ではありません（{reason}）</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>エンティティ宣言</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>外部参照</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>禁止された構文</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}：拒否しました：XML に {what} が含まれています。プログラムには不要なものです（何も展開・取得していません）</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}：XML ファイルですが schedule.xml ではありません（ルートは &lt;{root}&gt;）</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}：UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}：正しい JSON ではありません（{reason}）</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}：JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}：JSON ですが schedule.json ではありません（schedule.conference がありません）</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} は 2026-04-07T12:30 のような日時ではありません</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>予定にはタイトルが必要です</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>予定の終了（{end}）が開始（{start}）より前です</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}：Giggity リンクの選択が大きすぎます</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}：Giggity リンクですが、選択（{key}=）を読めません</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}：Giggity リンクですが、選択（{key}=）が予定の一覧ではありません</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}：正しい JSON ではありません</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}：JSON ですが EventFahrplan のお気に入り共有ではありません（「lectures」がありません）</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}：この EventFahrplan の共有にはセッションがありません</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}：保存できませんでした。別の Agenda が {seconds} 秒以上書き込み中です</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}：フォルダーです</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}：書き込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}：{kind}を読めません（{reason}）。そのままにしました</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}：{kind}が通常のファイルではありません。そのままにしました</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>{mb} MB を超えています</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>正しい JSON ではありません（{reason}）</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}。そのままにしました</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}：{kind}を読めません（{problem}）。そのままにしました</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}：{kind}を読めず（{problem}）、退避もできませんでした（{reason}）。そのままにしました</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}：{kind}を読めませんでした（{problem}）。{name} として退避しました</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}：VCALENDAR が見つかりません。iCalendar フィードではありません</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}：day_change {text} が HH:MM ではありません。無視しました</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}。除外しました</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}：予定 {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}：guid も id もありません</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}：日付 {date} は ISO 8601 の時刻ではありません</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}：{day} の開始 {start} は時刻ではありません</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}：日付がありません</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}：この {generator} に使える予定がありません{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}：長さ {text} が {days} 日を超えています</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}：長さ {text} が HH:MM ではありません</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>選択のファイル</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>プログラムのスナップショット</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>プログラムのキャッシュ</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>書き出しの状態</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>共有リンク</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}：{kind}に使えるバージョンがありません（{found}）</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}：{kind}は新しい Agenda で書かれています（形式 {found}、この Agenda が読めるのは {current} まで）。そのままにしました。使うには Agenda を更新してください</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}：この Agenda は形式 {found} の{kind}を読めません（{step} からの変換がありません）</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}：形式を更新する前にコピーを保存できませんでした（{reason}）</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}：読み込み中のプログラムです。別のファイルを選んでください（何も書き込んでいません）</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}。スマートフォンで予定が中止扱いにならないよう、何も書き出していません（スターを付け直してから書き出してください）</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}：選択のファイルがありません。以前書き出した予定がスマートフォンで中止扱いにならないよう、何も書き出していません</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>{address}:{port} で共有できません：{reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}：保存できませんでした。既存の選択ファイルを読むことも退避することもできませんでした</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}：保存できませんでした。別のプロセスが書いた選択ファイルを読めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}：不明なタイムゾーン {zone}（%n 件の予定）。時刻は {display} として読みます</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}：{event} を飛ばしました：{problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}：このフィードに予定がありません</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} は開始前に終了しています。長さなしで表示します</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} 回</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}：X-WR-TIMEZONE {zone} を適用できませんでした：{reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}：繰り返しの予定 {event} が毎秒繰り返されます（FREQ={freq}）。書かれたとおり 1 回だけ表示します</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}：繰り返しの予定 {event} は終わりなく繰り返されます。{date} までの回を表示します</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}：繰り返しの展開を {limit} で止めました（{event} の時点）。それ以降の回は表示しません</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}：{event} の繰り返しを展開できませんでした（{reason}）。書かれたとおり表示します</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}：{event}：読めない {prop} {text} を無視しました</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>リンクを次回のために保存できませんでした（{reason}）</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}：%n 件のセッションを非表示にするだけです（Agenda は個別のセッションを非表示にしません）。スターを付けるものはありません</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}：読み込む予定がありません</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}：%n 件の予定のどれも {conference} のセッションではありません（別のカンファレンスのものですか？）</numerusform>
        </translation>
    </message>
</context>
</TS>
