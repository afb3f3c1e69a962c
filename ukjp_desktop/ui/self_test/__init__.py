"""``ukjp-desktop --self-test``: opens the real window on a database and checks what it shows."""
