#include <stdio.h>

int main(void)
{
    printf("collecting\n");
    return 0;
}
