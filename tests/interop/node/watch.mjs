// Xen Orchestra's xen-api client against the simulator (run by tests/interop/test_xen_orchestra.py).
// Prints JSON lines: "fetched" with object counts, "watching" with a halted VM's ref, then "changed" when
// its power_state reaches Running through the client's own event.from loop.
import { createClient } from 'xen-api'

const [url, user, password, transport] = process.argv.slice(2)
const say = message => console.log(JSON.stringify(message))

const xapi = createClient({ url, auth: { user, password }, allowUnauthorized: true, transport, debounce: 50 })
await xapi.connect()
await xapi.objectsFetched

const objects = Object.values(xapi.objects.all)
const counts = {}
for (const object of objects) {
  counts[object.$type] = (counts[object.$type] ?? 0) + 1
}
say({ event: 'fetched', counts, pool: xapi.pool.name_label })

const vm = objects.find(o => o.$type === 'VM' && o.power_state === 'Halted' && !o.is_a_template && !o.is_control_domain)
const done = new Promise(resolve => {
  xapi.objects.on('update', items => {
    const current = xapi.getObjectByRef(vm.$ref, undefined)
    if (current !== undefined && current.power_state === 'Running') {
      resolve(current)
    }
  })
})
say({ event: 'watching', ref: vm.$ref })
const running = await done
say({ event: 'changed', ref: running.$ref, power_state: running.power_state, resident_on: running.resident_on })
await xapi.disconnect()
process.exit(0)
