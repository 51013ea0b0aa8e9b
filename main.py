#!/usr/bin/env python3
"""XenCenter for everyone: python main.py [--demo] | tree ... | show ... | screenshot ..."""

import sys

from xencenter.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
