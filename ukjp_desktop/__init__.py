"""UK–Japan S&T Explorer: a desktop knowledge base of UK–Japan science and technology collaboration."""

__version__ = "0.1.0"
