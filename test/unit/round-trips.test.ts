import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { roundTrips } from '../../harness/round-trips.js'

describe('round trips', () => {
  it('counts requests sent one after the other, each after the last answer', () => {
    assert.equal(
      roundTrips([
        { at: 0, answeredAt: 10 },
        { at: 10, answeredAt: 20 },
        { at: 21, answeredAt: 30 }
      ]),
      3
    )
  })

  it('counts requests sent together as one', () => {
    assert.equal(
      roundTrips([
        { at: 0, answeredAt: 10 },
        { at: 11, answeredAt: 20 },
        { at: 12, answeredAt: 21 },
        { at: 22, answeredAt: 30 }
      ]),
      3
    )
  })

  it('follows the longest chain, not the order of arrival', () => {
    // The first, third and fourth each waited for the one before; the second ran beside them.
    assert.equal(
      roundTrips([
        { at: 0, answeredAt: 10 },
        { at: 5, answeredAt: 40 },
        { at: 10, answeredAt: 20 },
        { at: 40, answeredAt: 50 }
      ]),
      3
    )
  })

  it('leaves out a request that was never answered, and counts none of none', () => {
    assert.equal(roundTrips([{ at: 0 }, { at: 1, answeredAt: 2 }]), 1)
    assert.equal(roundTrips([]), 0)
  })
})
