import { managerPitch } from '@sidedoor/core';
test('should draft', () => {
  expect(typeof managerPitch).toBe('function');
});
