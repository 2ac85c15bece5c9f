import { describe, expect, test } from 'vitest';
import { boundedSlots } from '../../src/system/bounded-slots.js';

class Refused extends Error {}

/** A task that runs until `finish` is called, noting when it starts. */
function heldTask(order: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      order.push(`${name} starts`);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

function slotsOf(slots: number, queueSize: number, maxWaitMs = 5_000) {
  return boundedSlots({ slots, queueSize, maxWaitMs, refuse: () => new Refused() });
}

describe('bounded slots', () => {
  test('when every slot is taken, then tasks wait and start first come first served, never more at once than there are slots', async () => {
    const slots = slotsOf(2, 10);
    const order: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => heldTask(order, name));
    const results = tasks.map((task) => slots.run(task.run));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a starts', 'b starts']);
    expect([slots.active, slots.waiting]).toEqual([2, 2]);

    tasks[1]!.finish();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a starts', 'b starts', 'c starts']);
    for (const task of tasks) task.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect([slots.active, slots.waiting]).toEqual([0, 0]);
  });

  test('when a slot is freed, then the next task starts on a later turn of the event loop, after what was ready meanwhile, and a newcomer waits behind it', async () => {
    const slots = slotsOf(1, 10);
    const order: string[] = [];
    const first = slots.run(async () => {
      order.push('first');
      await Promise.resolve();
      // Ready before the slot is freed: a socket read, another request.
      setImmediate(() => order.push('other work'));
    });
    const second = slots.run(async () => void order.push('second'));
    await first;
    // Freed, but handed over to `second`: a task asked now comes after it.
    const third = slots.run(async () => void order.push('third'));
    await Promise.all([second, third]);
    expect(order).toEqual(['first', 'other work', 'second', 'third']);
  });

  test('when the queue is full, then one more task is refused at once; a task that waits too long is refused too, and the others still run', async () => {
    const slots = slotsOf(1, 1, 30);
    const order: string[] = [];
    const holder = heldTask(order, 'holder');
    const held = slots.run(holder.run);
    const waiting = slots.run(async () => 'waited');
    await expect(slots.run(async () => 'one too many')).rejects.toBeInstanceOf(Refused);
    await expect(waiting).rejects.toBeInstanceOf(Refused);
    expect(slots.waiting).toBe(0);
    holder.finish();
    expect(await held).toBe('holder');
    expect(await slots.run(async () => 'later')).toBe('later');
  });

  test('when a task fails, then its slot is given back; when waiting tasks are refused, then they reject and the running one goes on', async () => {
    const slots = slotsOf(1, 5);
    await expect(
      slots.run(async () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(slots.active).toBe(0);

    const order: string[] = [];
    const holder = heldTask(order, 'holder');
    const held = slots.run(holder.run);
    const waiting = [slots.run(async () => 1), slots.run(async () => 2)];
    slots.refuseWaiting();
    for (const task of waiting) await expect(task).rejects.toBeInstanceOf(Refused);
    holder.finish();
    expect(await held).toBe('holder');
    expect(slots.active).toBe(0);
  });

  test('when tasks finish within their turn, then no more than startsPerTurn start in a phase of the event loop (twice that between two reads of the sockets), and what arrived meanwhile is served between', async () => {
    const slots = boundedSlots({
      slots: 2,
      startsPerTurn: 2,
      queueSize: 10,
      maxWaitMs: 5_000,
      refuse: () => new Refused(),
    });
    const order: string[] = [];
    // Each finishes at once, as a preparation on SQLite does: slots alone would never fill.
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const tasks = names.map((name) => slots.run(async () => void order.push(name)));
    // Another piece of work at every turn of the loop: a socket read, another request.
    let done = false;
    const otherWork = () => {
      order.push('|');
      if (!done) setImmediate(otherWork);
    };
    setImmediate(otherWork);
    await Promise.all(tasks);
    done = true;
    expect(order.filter((entry) => entry !== '|')).toEqual(names);
    // Two as they arrive, two more when the loop checks its immediates, then the sockets again.
    const betweenOtherWork = order.join('').split('|');
    expect(Math.max(...betweenOtherWork.map((run) => run.length))).toBe(4);
  });
});
