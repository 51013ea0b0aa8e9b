"""A XAPI server for demos and tests: ``python -m xencenter.sim`` (see README.md in this folder).

Shares only the schema with the rest of the project. Entry points for other code: ``statedb.load_state_db``,
``synthetic.generate_pool`` and ``fieldtypes.new_record``.
"""
