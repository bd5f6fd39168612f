/** Time as operations see it. Declared in context/, with the rest of what an operation is given. */
export { systemClock, today, type Clock } from '../context/clock.js';
