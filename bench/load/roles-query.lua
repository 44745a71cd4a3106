-- wrk script: a typical search page (free text plus two filters, 20 per page) through GraphQL over HTTP.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query($f: RoleFilter) { roles(filter: $f, first: 20) { totalCount nodes { id title skills remote coop { name } } } }","variables":{"f":{"query":"developer","skills":["Python","PostgreSQL"],"remote":["REMOTE","HYBRID"]}}}'
