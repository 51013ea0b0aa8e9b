"""What a simulated guest shows on its console, by operating system: a Linux guest's boot log and ``login:``
prompt, a Windows guest's sign-in screen (Ctrl+Alt+Delete, then a password for Administrator). Both answer
typed keys the way the real screens do, and are deterministic (tests read them back as text)."""

from __future__ import annotations

from .textgrid import BLACK, GREEN, GREY, ROWS, WHITE, Colour, TextGrid, char_for_keysym

KEYSYM_DELETE = {0xFFFF, 0xFF9F}  # Delete, KP_Delete
KEYSYM_CONTROL = {0xFFE3, 0xFFE4}
KEYSYM_ALT = {0xFFE9, 0xFFEA, 0xFE03}  # Alt_L, Alt_R, ISO_Level3_Shift (AltGr)
KEYSYM_ESCAPE = 0xFF1B
KEYSYM_BACKSPACE = 0xFF08


def boot_log(title: str) -> list[tuple[str, Colour]]:
    """What a Linux console shows before the prompt."""
    ok = "[  OK  ] "
    return [
        ("[    0.000000] Linux version 5.10.0-xen (builder@xcp-ng) #1 SMP", GREY),
        ("[    0.000000] Command line: root=/dev/xvda1 ro console=hvc0 quiet", GREY),
        ("[    0.204711] xen:events: Using FIFO-based ABI", GREY),
        ("[    0.631580] blkfront: xvda: flush diskcache: enabled; persistent grants: on", GREY),
        ("[    1.090021] EXT4-fs (xvda1): mounted filesystem with ordered data mode", GREY),
        (ok + "Started Journal Service.", GREEN),
        (ok + "Reached target Network.", GREEN),
        (ok + "Started OpenSSH server daemon.", GREEN),
        (ok + "Started Xen guest agent.", GREEN),
        ("", GREY),
        (f"Welcome to {title or 'the console'}", WHITE),
        ("", GREY),
    ]


class LinuxConsole(TextGrid):
    """The boot log, then ``<title> login:``; the name echoes, the password does not, and any password is
    wrong ("Login incorrect")."""

    def __init__(self, title: str) -> None:
        super().__init__(BLACK)
        self.title = title or "localhost"
        self.line = ""
        self.stage = "login"
        for text, colour in boot_log(title):
            self.write(text + "\n", colour)
        self.prompt()

    def prompt(self) -> None:
        self.write(f"{self.title} login: ", WHITE)

    def key_event(self, down: bool, keysym: int) -> None:
        if not down:
            return
        if keysym == KEYSYM_BACKSPACE:
            if self.line:
                self.line = self.line[:-1]
                if self.stage == "login":
                    self.erase_back()
            return
        ch = char_for_keysym(keysym)
        if ch is not None:
            self.key(ch)

    def key(self, ch: str) -> None:
        if ch == "\n":
            self.write("\n")
            if self.stage == "login":
                self.stage = "password"
                self.write("Password: ", WHITE)
            else:
                self.stage = "login"
                self.write("\nLogin incorrect\n", GREY)
                self.prompt()
            self.line = ""
            return
        self.line += ch
        if self.stage == "login":
            self.write(ch, WHITE)


WINDOWS_BLUE: Colour = (0x00, 0x4E, 0x8C)
PALE: Colour = (0xB8, 0xD4, 0xEC)
NAME_ROW, HINT_ROW, FIELD_ROW, MESSAGE_ROW = 9, 12, 12, 14


class WindowsLogon(TextGrid):
    """Windows' sign-in: the lock screen asks for Ctrl+Alt+Delete; then Administrator's password, shown as
    stars; Enter says it is incorrect, Esc goes back to the lock screen."""

    def __init__(self, title: str, edition: str = "Windows") -> None:
        super().__init__(WINDOWS_BLUE, cursor=False)
        self.title = title or "WIN-SERVER"
        self.edition = edition
        self.held: set[int] = set()
        self.password = ""
        self.lock_screen()

    def lock_screen(self) -> None:
        self.stage = "locked"
        self.cursor = False
        for row in range(ROWS):
            self.put(row, "")
        self.put(NAME_ROW, self.title, WHITE)
        self.put(HINT_ROW, "Press Ctrl+Alt+Delete to sign in.", WHITE)
        self.put(ROWS - 2, self.edition, PALE, col=2)

    def sign_in(self, message: str = "") -> None:
        self.stage = "password"
        self.password = ""
        for row in range(NAME_ROW, MESSAGE_ROW + 1):
            self.put(row, "")
        self.put(NAME_ROW, "Administrator", WHITE)
        self._field()
        self.put(MESSAGE_ROW, message, PALE)

    def _field(self) -> None:
        label = "Password: "
        text = label + "*" * len(self.password)
        start = (80 - len(label) - 20) // 2
        self.put(FIELD_ROW, text, WHITE, col=start)
        self.cursor = True
        self.row, self.col = FIELD_ROW, start + len(text)

    def key_event(self, down: bool, keysym: int) -> None:
        if not down:
            self.held.discard(keysym)
            return
        self.held.add(keysym)
        if keysym in KEYSYM_DELETE and self.held & KEYSYM_CONTROL and self.held & KEYSYM_ALT:
            self.sign_in()
            return
        if self.stage != "password":
            return
        if keysym == KEYSYM_ESCAPE:
            self.lock_screen()
        elif keysym == KEYSYM_BACKSPACE:
            self.password = self.password[:-1]
            self._field()
        else:
            ch = char_for_keysym(keysym)
            if ch == "\n":
                self.sign_in("The password is incorrect. Try again.")
            elif ch is not None and len(self.password) < 40:
                self.password += ch
                self._field()


def screen_for(guest: str, title: str, edition: str = "") -> TextGrid:
    """The console screen of a guest: "windows" signs in, anything else boots Linux."""
    if guest == "windows":
        return WindowsLogon(title, edition or "Windows")
    return LinuxConsole(title)
