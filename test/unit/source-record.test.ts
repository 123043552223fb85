import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderFlowSummary } from '../../src/outputs/summary.js'
import { renderCloudEvent, renderPagerDuty, renderSlack } from '../../src/webhook/formats.js'
import { sampleRecord } from '../helpers/records.js'

const TEST_ORG = { id: '11111111-2222-4333-8444-555555555555', name: 'Test <QA>' }
const SHA = `sha256:${'ab'.repeat(32)}`

function fromSource() {
  return sampleRecord((outcome) => {
    outcome.source = {
      organization: TEST_ORG,
      flowId: 'a0a0a0a0-0000-4000-8000-000000000001',
      version: '4.0',
      contentSha256: SHA
    }
  })
}

describe('record, summary and events: where a flow came from', () => {
  it('records the source: organization, flow id, version and content hash; null for a promotion within one org', () => {
    assert.deepEqual(fromSource().source, {
      organization: TEST_ORG,
      flowId: 'a0a0a0a0-0000-4000-8000-000000000001',
      version: '4.0',
      contentSha256: SHA
    })
    assert.equal(sampleRecord().source, null)
  })

  it('shows it in the summary, escaped', () => {
    const summary = renderFlowSummary(fromSource())
    assert.match(
      summary,
      /\*\*From:\*\* Test &lt;QA&gt; <code>11111111-2222-4333-8444-555555555555<\/code>, flow <code>a0a0a0a0-0000-4000-8000-000000000001<\/code>, version 4\.0, content <code>sha256:abab/
    )
    assert.doesNotMatch(renderFlowSummary(sampleRecord()), /\*\*From:\*\*/)
  })

  it('carries it in every event format', () => {
    const { webhook: _w, ...record } = fromSource()
    assert.deepEqual(JSON.parse(renderCloudEvent(record).body).data.source, record.source)
    const details = JSON.parse(renderPagerDuty(record, { routingKey: 'r' }).body).payload.custom_details
    assert.deepEqual(
      [
        details.source_organization_id,
        details.source_organization_name,
        details.source_flow_id,
        details.source_version,
        details.source_content_sha256
      ],
      [TEST_ORG.id, TEST_ORG.name, 'a0a0a0a0-0000-4000-8000-000000000001', '4.0', SHA]
    )
    assert.match(JSON.parse(renderSlack(record).body).text, / · from Test &lt;QA&gt; 4\.0 · /)
    const { webhook: _x, ...within } = sampleRecord()
    assert.equal(JSON.parse(renderPagerDuty(within, {}).body).payload.custom_details.source_version, undefined)
  })
})
