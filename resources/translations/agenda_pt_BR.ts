<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} removida do plano (suas escolhas são mantidas)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} já está neste plano</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} atualizada: %n mudança nas suas escolhas</numerusform>
            <numerusform>{name} atualizada: %n mudanças nas suas escolhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} adicionada: %n sessão</numerusform>
            <numerusform>{name} adicionada: %n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} aberta: %n sessão</numerusform>
            <numerusform>{name} aberta: %n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} aberta com %n aviso: {warning}</numerusform>
            <numerusform>{name} aberta com %n avisos: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Remover sessão cancelada</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; o horário {zone} de {name} aparece nele</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>horário do meu computador</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>fuso escolhido</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>horário do local</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Horários: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marcar com estrela</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Tirar estrela</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Marcar como talvez</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Tirar talvez</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>Manter {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} mantida; %n outra marcada como talvez (Ctrl+Z desfaz)</numerusform>
            <numerusform>{title} mantida; %n outras marcadas como talvez (Ctrl+Z desfaz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} mantida; %n outra sem estrela (Ctrl+Z desfaz)</numerusform>
            <numerusform>{title} mantida; %n outras sem estrela (Ctrl+Z desfaz)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Suas escolhas estão na memória, mas não puderam ser salvas: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Sua nota está na memória, mas não pôde ser salva: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Seu item está na memória, mas não pôde ser salvo: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Importar escolhas</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>A importação está na memória, mas não pôde ser salva: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>No início</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutos antes</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutos antes</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Exportar minha agenda</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Grava sua %n sessão com estrela como arquivo iCalendar para seu celular ou calendário. Importá-lo de novo atualiza os eventos em vez de duplicá-los.</numerusform>
            <numerusform>Grava suas %n sessões com estrela como arquivo iCalendar para seu celular ou calendário. Importá-lo de novo atualiza os eventos em vez de duplicá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Arquivo a gravar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Incluir meu %n talvez</numerusform>
            <numerusform>Incluir meus %n talvez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Lembrete:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Setas</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Ir para a próxima sessão nessa direção</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Pôr ou tirar a estrela da sessão escolhida</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Espaço</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Marcar a sessão escolhida como talvez</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Mostrar os detalhes da sessão escolhida</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>O menu da sessão escolhida</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Mostrar o dia 1 a 9</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+roda</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Ampliar a grade</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+roda</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Rolar pelas salas</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (na busca)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Planeje sua conferência: a programação como grade de dias × salas, suas escolhas e seus conflitos, uma agenda para o calendário do celular.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licença: GNU General Public License, versão 3 ou posterior (GPL-3.0-or-later). Este programa não tem nenhuma garantia.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Sobre o Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Adicionar um item meu</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Almoço com uma colega, um turno no estande…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Onde:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ CONFLITO com {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ talvez (uma alternativa)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ só {minutes} min para chegar</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>o dia todo</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>livre {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>todo o local</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (fora do local)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (continuação)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Horários em {zone} · {stars} com estrela</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} talvez</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n sessão em conflito</numerusform>
            <numerusform> · ⚠ %n sessões em conflito</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Minha agenda · página {n} de {total} · impressa pelo Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Minha agenda: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>A porta {port} está em uso, então o link tem uma porta nova: um celular assinado antes precisa escanear o código novo.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Assinar: o calendário do celular consulta este computador e acompanha cada estrela, remoção e mudança de horário enquanto os dois estiverem na mesma rede. Calendários assinados costumam perder os lembretes (a Apple sugere “Remover Alertas” por padrão, o Google os ignora); escolha Adicionar uma vez para mantê-los. O Calendário da Apple e o ICSx⁵ no Android consultam do próprio celular; o Google Agenda consulta dos servidores do Google, que não alcançam este computador: no Android, use o ICSx⁵ ou Adicionar uma vez.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Adicionar uma vez: o celular baixa o arquivo e o calendário dele o importa, com lembretes. O compartilhamento para depois do download, ou em 10 minutos.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>O celular precisa estar na mesma rede que este computador. Muitas redes Wi-Fi de conferência isolam os aparelhos: se o celular não abrir o link, use Salvar arquivo… e envie o arquivo por e-mail ou chat.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Enviar para o celular</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Assinar (fica atualizado)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Adicionar uma &amp;vez (mantém lembretes)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR do link</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Link para o celular</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Rede para compartilhar</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>Salvar &amp;arquivo…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Novo link…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Criar um novo link secreto. O antigo para de funcionar: um celular assinado nele deixa de receber atualizações.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Escaneie o código com a câmera do celular, ou abra o link nele.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Novo link</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Criar um novo link? O link passado antes para de funcionar: um celular assinado nele deixa de receber atualizações até assinar o novo.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Novo link criado: o antigo não funciona mais. Escaneie o novo código com o celular.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Compartilhamento parado: nada mais é servido.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>O celular baixou sua agenda. Compartilhamento parado.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Baixada %n vez.</numerusform>
            <numerusform>Baixada %n vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Parar de compartilhar</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>&amp;Começar a compartilhar</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Sem compartilhar</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Pôr ou tirar a estrela desta sessão</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Selecionar esta sessão e mostrar os detalhes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sem sala</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não gravada</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>com estrela</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>talvez</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>em conflito com outra escolha</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Não gravada: veja ao vivo</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>fora do local: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n sessão neste dia</numerusform>
            <numerusform>%n sessões neste dia</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Grade da programação</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Nenhuma sessão neste dia</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Nenhuma sessão selecionada</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Talvez</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • alterada</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ não gravada</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ não gravada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Lista da programação</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>As sessões do dia em ordem de horário</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Carregando {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} e {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} não será gravada: veja ao vivo. {later} será gravada: você pode assistir depois.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} não será gravada: veja ao vivo. {later} serão todas gravadas: você pode assisti-las depois.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n troca apertada</numerusform>
            <numerusform>%n trocas apertadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>as outras viram talvez</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>as outras perdem a estrela</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>Manter {title} com estrela. As sessões em conflito viram talvez: alternativas, desenhadas tracejadas, que nunca contam como conflito. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>Manter {title} com estrela e tirar a estrela das sessões em conflito. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Ao manter uma,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>O que acontece com as outras sessões em conflito</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Nenhum conflito entre suas sessões com estrela.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Sobreposição de {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Troca apertada: {minutes} min para trocar de sala às {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ não gravada</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Manter esta (veja ao vivo)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Manter esta</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (não gravada: veja ao vivo)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Outras sessões destes palestrantes</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Estrela</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Talvez</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Descrição da sessão</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Sua nota: por que quer ver, uma pergunta para fazer…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Sua nota sobre esta sessão</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Escolha uma sessão</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (cancelada)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, o dia todo</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Seu próprio item</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Sem sala (todo o local)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · fora do local</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Trilha: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Será gravada</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Com estrela</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Talvez (alternativa)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Não escolhida</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · em conflito com: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Tirar estrela</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Não talvez</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Mais de {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Minha agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} com estrela, {maybes} talvez</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} canceladas</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} removidas</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min livres</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ conflito</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (removida da programação: clique para tirá-la das suas escolhas)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Mudou de horário</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nova sala</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Novo título</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Termina mais tarde</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Termina mais cedo</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Começa em outro horário</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Mudanças</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendi</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Marcar estas mudanças como vistas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n mudança nas suas escolhas</numerusform>
            <numerusform>%n mudanças nas suas escolhas</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Nenhuma mudança nas suas escolhas</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n sessão nova na programação</numerusform>
            <numerusform>; %n sessões novas na programação</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>era {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Não adicionada: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Cópia de {fetched}: a nova foi recusada</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Offline, atualizada pela última vez {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Não adicionada: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (mostrando {name} no lugar)</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>&amp;Adicionar uma conferência…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Adicionar uma conferência por &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Conferências neste plano</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Adicionar uma conferência a este plano</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programações (*.ics *.ical *.xml *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Adicionar uma conferência por URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>URL da programação (iCalendar, schedule.xml ou schedule.json; https://, http:// ou webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(nenhuma programação aberta)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>Atualizar {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>Remover {name} do plano</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Adicione uma conferência para planejar várias juntas</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Uma programação foi solta</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>Adicionar {dropped} a este plano, ao lado de {name}, ou abrir no lugar?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>&amp;Adicionar a este plano</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>Abrir no &amp;lugar</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Dias ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Escolher um dia</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Todos os dias da conferência</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Buscar títulos, palestrantes, salas, trilhas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Trilhas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Só com estrela</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Ocultar as outras</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Ocultar as sessões que não correspondem em vez de esmaecê-las</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+mais {n}…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Clique numa trilha para mostrar só ela (de novo para desfazer)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Trilhas ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Salas ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n sessão encontrada, {on_day} neste dia</numerusform>
            <numerusform>%n sessões encontradas, {on_day} neste dia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n sessão cabe neste intervalo</numerusform>
            <numerusform>%n sessões cabem neste intervalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Nenhuma sessão correspondente neste dia</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} de {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Nenhum conflito</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Conflito {n} de {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Relógio</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Como o idioma os escreve</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 horas (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 horas (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>O Agenda estará em {language} na próxima vez que abrir.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Os horários aparecerão assim na próxima vez que o Agenda abrir.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Dias da conferência</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Horário do local</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Horário do meu computador</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Outro fuso…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Mostrar ou ocultar o painel lateral (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Painel lateral</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Número de conflitos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Conflitos ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Carregando a programação…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Nenhuma programação aberta (Arquivo › Abrir)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Mudanças ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Suas últimas escolhas não puderam ser salvas: {problem}

Sair mesmo assim?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>mostrando a cópia de {fetched}: a nova cópia do servidor foi recusada ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>offline, atualizada pela última vez {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: redirecionado para um URL {scheme}: ({target}); só redirecionamentos http e https são seguidos</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: redirecionado de https para http sem criptografia ({target}); recusado</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: só URLs http, https e webcal podem ser abertas</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: tempo esgotado após {seconds} s (sem resposta completa)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: a programação passa de {mb} MB; não carregada</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: redirecionado para um URL que não é http nem https; não seguido</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: redirecionamentos demais (mais de {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: não foi possível fazer uma conexão segura (https)</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: não foi possível conectar ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: erro de rede ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: a resposta do servidor foi interrompida ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: este URL retornou uma página web, não um calendário nem uma programação</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: a resposta não é um feed iCalendar, schedule.xml nem schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: só URLs http, https e webcal podem ser adicionadas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>&amp;Exportar minha agenda…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Enviar para o &amp;celular…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>&amp;Importar escolhas…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Importar escolhas por UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Im&amp;primir minha agenda…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Salvar agenda como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Localizar &amp;próximo</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minutos para trocar de &amp;sala…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Adicionar um item &amp;meu…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Atualizar a&amp;utomaticamente…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Próximo conflito</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Conflito anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>S&amp;obre o Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Mostrar os horários em:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Abrir programação</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>Programações iCalendar (*.ics *.ical);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>URL da programação (https://, http:// ou webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Atualizar automaticamente</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Atualizar a programação a cada (minutos, 0 = nunca):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minutos para trocar de sala</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Sinalizar escolhas seguidas em salas diferentes com menos de (minutos):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Falha ao exportar: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n sessão exportada</numerusform>
            <numerusform>%n sessões exportadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> e %n cancelamento</numerusform>
            <numerusform> e %n cancelamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> de %n conferências</numerusform>
            <numerusform> de %n conferências</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> para {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Observação: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Nada para imprimir ainda: primeiro ponha estrela nas sessões que você quer no papel.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Visualizar impressão — minha agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Agenda impressa: %n página</numerusform>
            <numerusform>Agenda impressa: %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Salvar agenda como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>Falha ao salvar o PDF: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Agenda salva (%n página) em {path}</numerusform>
            <numerusform>Agenda salva (%n páginas) em {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Compartilhando com o celular</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Parar de compartilhar</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Compartilhando com o celular: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Importe no calendário do celular ou do computador; depois de uma mudança, exporte de novo e importe o arquivo novo: os eventos são atualizados, não duplicados.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Arquivos de calendário e favoritos compartilhados (*.ics *.ical *.ifb *.json *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Importar escolhas por URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>O calendário das suas escolhas (https://, http:// ou webcal://), como o feed “my schedule” do Sched, ou um link de compartilhamento do Giggity:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>o link do Giggity</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Nada importado: {url}: só URLs http, https e webcal podem ser lidas</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Baixando suas escolhas de {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Nada importado: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Nada importado: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Nada importado: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} com estrela</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} marcadas como talvez</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} já escolhidas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n item seu</numerusform>
            <numerusform>%n itens seus</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} ocultas no Giggity deixadas como estão</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Importado de {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n evento não correspondeu a uma única sessão: ponha estrela à mão (Mostrar detalhes o lista). Editar → Desfazer desfaz a importação.</numerusform>
            <numerusform>%n eventos não corresponderam a uma única sessão: ponha estrela à mão (Mostrar detalhes os lista). Editar → Desfazer desfaz a importação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Não encontrada: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Mais de uma correspondência: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Editar → Desfazer desfaz a importação.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Não adicionado: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} adicionado à sua agenda (a coluna Meus)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sem horário</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Estrela</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Talvez</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>&amp;Tirar estrela</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Abrir &amp;link</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copiar título</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>Mostrar em Minha &amp;agenda</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>&amp;Remover meu item</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>&amp;Ajustar salas à largura</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>Exibição em &amp;lista</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Painel lateral</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n sala ajustada à largura</numerusform>
            <numerusform>todas as %n salas ajustadas à largura</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} de {total} salas cabem numa largura legível: role para o lado para ver as outras</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: UTF-8 inválido substituído</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: arquivo vazio, não é um feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: isto é uma página web (HTML/XML), não um calendário</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} linha {line}: não é um arquivo iCalendar (esperado BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: não é um arquivo iCalendar (sem BEGIN:VCALENDAR nem BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: {zones} definições de fuso horário (VTIMEZONE); um calendário tem poucas, e no máximo {most} são lidas</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: componentes aninhados demais</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>sem DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>DTSTART ilegível</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} linha {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: linha danificada ignorada em {event}</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: {component} de nível superior ignorado, fora de qualquer VCALENDAR</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n evento não está dentro de um VCALENDAR; lido mesmo assim</numerusform>
            <numerusform>{name}: %n eventos não estão dentro de um VCALENDAR; lidos mesmo assim</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: {n} calendários num arquivo; mesclados</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} não é um fuso horário conhecido; ignorado</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: não é uma linha de calendário ({raw}): o arquivo está danificado ou não é iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: não foi possível ler este calendário ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: linha solta fora de qualquer evento ignorada ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: mais de {n} linhas soltas; não é um arquivo de calendário</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: mais de {mb} MB; não é uma programação de conferência, não carregada</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: arquivo não encontrado</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: é uma pasta, não um arquivo de calendário</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: permissão negada</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: não foi possível ler ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>fuso horário desconhecido {name} (use um nome IANA como Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: XML malformado ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>uma DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>declarações de entidades</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>uma referência externa</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>uma construção proibida</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: recusado: o XML tem {what}, algo de que uma programação nunca precisa (nada foi expandido nem baixado)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: um arquivo XML, mas não um schedule.xml (a raiz é &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: não é texto UTF-8</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: JSON inválido ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON aninhado demais</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, mas não um schedule.json (sem schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} não é uma data e hora como 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>um item precisa de um título</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>o item termina ({end}) antes de começar ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: a seleção do link do Giggity é grande demais</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: um link do Giggity, mas a seleção ({key}=) não pode ser lida</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: um link do Giggity, mas a seleção ({key}=) não é uma lista de eventos</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: JSON inválido</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, mas não um compartilhamento de favoritos do EventFahrplan (sem “lectures”)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: nenhuma sessão neste compartilhamento do EventFahrplan</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: não salvo, outro Agenda está gravando ali há mais de {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: é uma pasta</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: não foi possível gravar ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: não foi possível ler {kind} ({reason}); deixado como está</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} não é um arquivo comum; deixado como está</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>mais de {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON inválido ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>aninhado demais</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; deixado como está</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} está ilegível ({problem}); deixado como está</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} está ilegível ({problem}) e não pôde ser posto de lado ({reason}); deixado como está</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} estava ilegível ({problem}); posto de lado como {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: nenhum VCALENDAR encontrado, não é um feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} não está no formato HH:MM; ignorado</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; deixado de fora</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: evento {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: não tem guid nem id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: a data {date} não é um horário ISO 8601</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: o início {start} em {day} não é um horário</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: não tem data</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: nenhum evento utilizável neste {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: a duração {text} passa de {days} dias</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: a duração {text} não está no formato HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>o arquivo de escolhas</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>o arquivo de configurações</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>o instantâneo da programação</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>o cache da programação</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>o estado da exportação</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>os links de compartilhamento</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} não tem uma versão utilizável ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} foi gravado por um Agenda mais novo (formato {found}, este lê até o {current}); deixado como está, atualize o Agenda para usá-lo</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: este Agenda não consegue ler {kind} no formato {found} (nenhum caminho a partir de {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: não foi possível guardar uma cópia antes de atualizar o formato ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: esta é a programação sendo lida; escolha outro arquivo (nada foi gravado)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; nada exportado, para que nenhum evento seja cancelado no seu celular (ponha as estrelas de novo e exporte)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: seu arquivo de escolhas sumiu; nada exportado, para que os eventos exportados antes não sejam cancelados no seu celular</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>não é possível compartilhar em {address}:{port}: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: não salvo, o arquivo de escolhas existente não pôde ser lido nem posto de lado</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: não salvo, o arquivo de escolhas gravado por outro processo não pôde ser lido</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: fuso horário desconhecido {zone} (%n evento); horários lidos em {display}</numerusform>
            <numerusform>{name}: fuso horário desconhecido {zone} (%n eventos); horários lidos em {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: {event} ignorado: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: nenhum evento neste feed</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} termina antes de começar; mostrado sem duração</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} ocorrências</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: não foi possível aplicar X-WR-TIMEZONE {zone}: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: o evento recorrente {event} se repete a cada segundo (FREQ={freq}); mostrado uma vez, como escrito</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: o evento recorrente {event} se repete sem fim; mostrando as ocorrências até {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: os eventos recorrentes pararam de ser expandidos em {limit} (em {event}); as ocorrências seguintes não são mostradas</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: não foi possível expandir a recorrência de {event} ({reason}); mostrado como escrito</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: {prop} ilegível {text} ignorado</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>não foi possível guardar o link para a próxima vez ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: só oculta %n sessão (o Agenda não oculta sessões avulsas), então não há nada para marcar</numerusform>
            <numerusform>{name}: só oculta %n sessões (o Agenda não oculta sessões avulsas), então não há nada para marcar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: nenhum evento para importar</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: seu %n evento não é uma sessão de {conference} (é de outra conferência?)</numerusform>
            <numerusform>{name}: nenhum dos seus %n eventos é uma sessão de {conference} (é de outra conferência?)</numerusform>
        </translation>
    </message>
</context>
</TS>
